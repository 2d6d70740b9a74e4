import { sql } from 'drizzle-orm';
import type { DuplicatePair } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { selectRows, withWorkspace } from '../../platform/db.js';
import { toContact } from './contacts.mapper.js';
import * as repo from './contacts.repo.js';

type Reason = DuplicatePair['reasons'][number];

/** Companies up to this size are searched for similar names; larger ones for equal names only. */
const similarNameCompanySize = 20;

/**
 * Likely duplicate pairs: the same email (primary or other), the same phone, or names that are
 * alike at the same company. Each pair once, those with most reasons first.
 *
 * Every part is bounded, so the page answers at a million contacts: equal values are grouped in
 * index order and the scan stops once enough groups are found; a primary value held by another
 * contact as an other email or phone is looked up by index; similar names (trigrams) are compared
 * only within small companies, since comparing every pair in a company of 500 people costs
 * 125,000 similarity checks.
 */
export async function findDuplicates(ctx: Ctx, limit: number): Promise<{ data: DuplicatePair[] }> {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const ws = ctx.workspaceId;
    const scope = (t: string) => sql`${sql.identifier(t)}.workspace_id = ${ws} and ${sql.identifier(t)}.deleted_at is null`;
    const nm = (t: string) => sql`lower(concat(${sql.identifier(t)}.first_name, ${sql.identifier(t)}.last_name, ${sql.identifier(t)}.display_name))`;
    const sameValue = (column: 'email' | 'phone') => sql`
      (select ${column} as reason, (array_agg(c.id order by c.id))[1:10]::text[] as ids from contacts c
       where ${scope('c')} and c.${sql.identifier(column)} is not null group by c.${sql.identifier(column)} having count(*) > 1 limit ${limit})`;
    const heldAsOther = (column: 'email' | 'phone', others: 'emails' | 'phones') => sql`
      (select ${column} as reason, array[a.id::text, b.id::text] as ids from contacts b
       cross join lateral unnest(b.${sql.identifier(others)}) as o(v)
       join contacts a on ${scope('a')} and a.${sql.identifier(column)} = o.v and a.id <> b.id
       where ${scope('b')} and cardinality(b.${sql.identifier(others)}) > 0 limit ${limit})`;
    const groups = await selectRows<{ reason: Reason; ids: string[] }>(
      tx,
      sql`
      ${sameValue('email')} union all ${heldAsOther('email', 'emails')}
      union all ${sameValue('phone')} union all ${heldAsOther('phone', 'phones')}
      union all (select 'name_company', (array_agg(c.id order by c.id))[1:10]::text[] from contacts c
        where ${scope('c')} and c.company_id is not null and ${nm('c')} <> '' group by c.company_id, ${nm('c')} having count(*) > 1 limit ${limit})
      union all (select 'name_company', array[a.id::text, b.id::text] from contacts a
        join contacts b on ${scope('b')} and b.company_id = a.company_id and a.id < b.id
        where ${scope('a')} and a.company_id in (
          select company_id from contacts c where ${scope('c')} and c.company_id is not null
          group by company_id having count(*) between 2 and ${similarNameCompanySize})
        and ${nm('a')} <> '' and ${nm('a')} <> ${nm('b')} and similarity(${nm('a')}, ${nm('b')}) > 0.5
        limit ${limit})`,
    );
    // A group of equal values pairs its first contact with each of the others.
    const pairs = groups.flatMap((g) => g.ids.slice(1).map((other) => ({ a: g.ids[0]! < other ? g.ids[0]! : other, b: g.ids[0]! < other ? other : g.ids[0]!, reason: g.reason })));
    const byPair = new Map<string, { a: string; b: string; reasons: Reason[] }>();
    for (const p of pairs) {
      const key = `${p.a}|${p.b}`;
      const entry = byPair.get(key) ?? { a: p.a, b: p.b, reasons: [] };
      if (!entry.reasons.includes(p.reason)) entry.reasons.push(p.reason);
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
