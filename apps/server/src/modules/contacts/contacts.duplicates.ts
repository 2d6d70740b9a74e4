import { sql } from 'drizzle-orm';
import type { DuplicatePair } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { selectRows, withWorkspace } from '../../platform/db.js';
import { toContact } from './contacts.mapper.js';
import * as repo from './contacts.repo.js';

type Reason = DuplicatePair['reasons'][number];

/**
 * Likely duplicate pairs: the same email (primary or other), the same phone, or names that are
 * trigram-similar at the same company. Each pair once, those with most reasons first.
 */
export async function findDuplicates(ctx: Ctx, limit: number): Promise<{ data: DuplicatePair[] }> {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const ws = ctx.workspaceId;
    const pairs = await selectRows<{ a: string; b: string; reason: Reason }>(
      tx,
      sql`
      with live as (
        select id, email, emails, phone, phones, company_id,
               lower(coalesce(first_name, '') || coalesce(last_name, '') || coalesce(display_name, '')) as nm
        from contacts where workspace_id = ${ws} and deleted_at is null
      )
      select a.id::text as a, b.id::text as b, 'email' as reason from live a join live b
        on a.id < b.id and (a.email = b.email or a.email = any(b.emails) or b.email = any(a.emails))
      union
      select a.id::text, b.id::text, 'phone' from live a join live b
        on a.id < b.id and (a.phone = b.phone or a.phone = any(b.phones) or b.phone = any(a.phones))
      union
      select a.id::text, b.id::text, 'name_company' from live a join live b
        on a.id < b.id and a.company_id = b.company_id and a.nm <> '' and similarity(a.nm, b.nm) > 0.5
      limit ${limit * 3}`,
    );
    const byPair = new Map<string, { a: string; b: string; reasons: Reason[] }>();
    for (const p of pairs) {
      const key = `${p.a}|${p.b}`;
      const entry = byPair.get(key) ?? { a: p.a, b: p.b, reasons: [] };
      entry.reasons.push(p.reason);
      byPair.set(key, entry);
    }
    const top = [...byPair.values()].sort((x, y) => y.reasons.length - x.reasons.length).slice(0, limit);
    const ids = [...new Set(top.flatMap((p) => [p.a, p.b]))];
    const rows = new Map<string, Awaited<ReturnType<typeof repo.findContact>>>();
    for (const id of ids) rows.set(id, await repo.findContact(tx, ws, id));
    return {
      data: top.flatMap((p) => {
        const a = rows.get(p.a);
        const b = rows.get(p.b);
        return a && b ? [{ a: toContact(a), b: toContact(b), reasons: p.reasons.sort() }] : [];
      }),
    };
  });
}
