import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { SearchResult } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { lookupThenLoad, textArray, withWorkspace } from '../../platform/db.js';
import { phoneSearchKey } from '../../platform/phone.js';
import { searchPattern } from '../../platform/search-text.js';
import { findDefaultRegion } from '../auth/index.js';
import { searchCompanies } from '../companies/index.js';
import { displayName } from './contacts.mapper.js';
import { findContactViews, live } from './contacts.repo.js';
import { contacts } from './contacts.schema.js';

/** Two CJK characters: a Chinese given name, shorter than a trigram (see migration 0006). */
const cjkPair = /^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]{2}$/u;

/**
 * The condition of a quick search, each form served by an index: the trigram index over
 * search_text, which holds names, emails, external ids and phone digits; for a phone typed in
 * any format, also its E.164 digits (so "8 912 …" finds +7912…, where the typed digits differ);
 * for two CJK characters, the character-pair index.
 */
export function contactSearchCondition(q: string, region: string | null): SQL {
  const pattern = searchPattern(q);
  const phone = phoneSearchKey(q, region);
  const text = q.trim();
  if (phone) return sql`(${contacts.searchText} like ${pattern} or ${contacts.searchText} like ${`%${phone.slice(1)}%`})`;
  if (cjkPair.test(text)) return sql`(rapport_cjk_bigrams(${contacts.searchText}) @> ${textArray([text])} and ${contacts.searchText} like ${pattern})`;
  return sql`${contacts.searchText} like ${pattern}`;
}

/** Exact email or phone first, then names that start with the text, then the rest. */
function rank(q: string, phone: string | null, c: { name: string; email: string | null; phone: string | null }): number {
  const t = q.toLowerCase();
  if (c.email === t || (phone && c.phone === phone)) return 0;
  if (c.name.toLowerCase().startsWith(t)) return 1;
  return 2;
}

/**
 * Global search (⌘K) over contact names (Chinese names too), emails, phones in any format, and
 * company names and domains. The trigram index finds candidates; no count and no full sort, so
 * it stays fast on a million contacts.
 */
export async function searchContacts(ctx: Ctx, q: string, limit: number): Promise<SearchResult> {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const region = await findDefaultRegion(tx, ctx.workspaceId);
    const phone = phoneSearchKey(q, region);
    const rows = await lookupThenLoad(
      tx,
      () =>
        tx
          .select({ id: contacts.id })
          .from(contacts)
          .where(and(eq(contacts.workspaceId, ctx.workspaceId), live, contactSearchCondition(q, region)))
          .limit(limit * 3),
      (ids) => findContactViews(tx, ctx.workspaceId, ids),
    );
    const found = rows
      .map((r) => ({ id: r.id, name: displayName(r), email: r.email, phone: r.phone, companyName: r.companyName }))
      .sort((a, b) => rank(q, phone, a) - rank(q, phone, b) || a.name.localeCompare(b.name))
      .slice(0, limit);
    return { contacts: found, companies: await searchCompanies(tx, ctx.workspaceId, q, limit) };
  });
}
