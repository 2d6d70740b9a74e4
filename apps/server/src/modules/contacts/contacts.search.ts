import { and, eq, sql } from 'drizzle-orm';
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
    const phone = phoneSearchKey(q, await findDefaultRegion(tx, ctx.workspaceId));
    const pattern = searchPattern(q);
    const rows = await lookupThenLoad(
      tx,
      () =>
        tx
          .select({ id: contacts.id })
          .from(contacts)
          .where(
            and(
              eq(contacts.workspaceId, ctx.workspaceId),
              live,
              phone
                ? sql`(${contacts.searchText} like ${pattern} or ${contacts.phone} = ${phone} or ${contacts.phones} @> ${textArray([phone])})`
                : sql`${contacts.searchText} like ${pattern}`,
            ),
          )
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
