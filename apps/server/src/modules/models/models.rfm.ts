import { sql } from 'drizzle-orm';
import type { RfmReport, RfmRule } from '@rapport/contracts';
import { selectRows, type Db } from '../../platform/db.js';
import { netRevenueSql } from '../commerce/index.js';

/**
 * RFM scores of every contact with an order, in one statement. Each score is a quintile by
 * cumulative distribution: ⌈5 × the share of buyers whose value is at most this one⌉, computed
 * in integers so no rounding moves a buyer across a boundary. Equal values share a score (with
 * many one-order buyers, F starts at 2 or 3, not 1). R ranks by the last
 * order (latest = 5), F by the number of orders, M by net revenue; cancelled orders do not count
 * as orders, and cancellation notes subtract from revenue. Contacts without orders lose their
 * scores. The group is the first rule whose R and F ranges hold. Returns how many were scored.
 */
export async function computeRfm(tx: Db, workspaceId: string, rules: RfmRule[]): Promise<number> {
  const [res] = await selectRows<{ scored: number }>(
    tx,
    sql`with per as (
          select o.contact_id, max(o.placed_at) filter (where o.status <> 'cancelled') as last,
                 count(*) filter (where o.status <> 'cancelled') as f, sum(${netRevenueSql}) as m
          from orders o join contacts c on c.workspace_id = ${workspaceId} and c.id = o.contact_id and c.deleted_at is null
          where o.workspace_id = ${workspaceId} group by o.contact_id having count(*) filter (where o.status <> 'cancelled') > 0
        ), scored as (
          -- ⌈5k/n⌉ in integers, k counting the buyers at or below (a window ordered by the value counts ties in).
          select contact_id, (5 * count(*) over (order by last) - 1) / n + 1 as r, (5 * count(*) over (order by f) - 1) / n + 1 as f,
                 (5 * count(*) over (order by m) - 1) / n + 1 as m
          from per cross join (select count(*) as n from per) total
        ), grouped as (
          select s.*, (select rule->>'group' from jsonb_array_elements(${JSON.stringify(rules)}::jsonb) with ordinality as x(rule, ord)
                        where s.r between (rule->'r'->>0)::int and (rule->'r'->>1)::int and s.f between (rule->'f'->>0)::int and (rule->'f'->>1)::int
                        order by ord limit 1) as grp
          from scored s
        ), upserted as (
          insert into contact_models (contact_id, workspace_id, rfm_r, rfm_f, rfm_m, rfm_group, rfm_computed_at)
          select contact_id, ${workspaceId}, r, f, m, grp, now() from grouped
          on conflict (contact_id) do update set rfm_r = excluded.rfm_r, rfm_f = excluded.rfm_f, rfm_m = excluded.rfm_m,
            rfm_group = excluded.rfm_group, rfm_computed_at = excluded.rfm_computed_at
          returning contact_id
        ), cleared as (
          update contact_models m set rfm_r = null, rfm_f = null, rfm_m = null, rfm_group = null, rfm_computed_at = now()
          where m.workspace_id = ${workspaceId} and m.rfm_r is not null and not exists (select 1 from grouped g where g.contact_id = m.contact_id)
        ), snapshot as (
          insert into model_snapshots (workspace_id, model, day, state, contacts, revenue)
          select ${workspaceId}, 'rfm', current_date, coalesce(g.grp, 'unmapped'), count(*), coalesce(sum(p.m), 0)
          from grouped g join per p using (contact_id) group by g.grp
          on conflict (workspace_id, model, day, state) do update set contacts = excluded.contacts, revenue = excluded.revenue
        )
        select count(*)::int as scored from upserted`,
  );
  // Groups of an earlier run today that no longer hold anyone must not linger in the snapshot.
  await tx.execute(sql`
    delete from model_snapshots s where s.workspace_id = ${workspaceId} and s.model = 'rfm' and s.day = current_date
      and not exists (select 1 from contact_models m where m.workspace_id = ${workspaceId} and coalesce(m.rfm_group, 'unmapped') = s.state and m.rfm_r is not null)`);
  return res?.scored ?? 0;
}

/** The grid (R × F cells with contacts and revenue) and the groups, as they stand. */
export async function rfmReport(tx: Db, workspaceId: string): Promise<RfmReport> {
  const revenue = sql`(select coalesce(sum(t.revenue), 0) from contact_traits t where t.workspace_id = ${workspaceId} and t.contact_id = m.contact_id)`;
  const cells = await selectRows<{ r: number; f: number; contacts: number; revenue: number; grp: string | null }>(
    tx,
    sql`select m.rfm_r as r, m.rfm_f as f, count(*)::int as contacts, coalesce(sum(${revenue}), 0)::float8 as revenue, min(m.rfm_group) as grp
        from contact_models m where m.workspace_id = ${workspaceId} and m.rfm_r is not null group by m.rfm_r, m.rfm_f order by 1, 2`,
  );
  const groups = await selectRows<{ grp: string; contacts: number; revenue: number }>(
    tx,
    sql`select m.rfm_group as grp, count(*)::int as contacts, coalesce(sum(${revenue}), 0)::float8 as revenue
        from contact_models m where m.workspace_id = ${workspaceId} and m.rfm_r is not null group by m.rfm_group order by 2 desc`,
  );
  const [at] = await selectRows<{ at: Date | string | null }>(tx, sql`select max(rfm_computed_at) as at from contact_models where workspace_id = ${workspaceId}`);
  return {
    computedAt: at?.at ? new Date(at.at).toISOString() : null,
    scored: cells.reduce((n, c) => n + c.contacts, 0),
    cells: cells.map((c) => ({ r: c.r, f: c.f, contacts: c.contacts, revenue: c.revenue, group: c.grp })),
    groups: groups.map((g) => ({ group: g.grp ?? 'unmapped', contacts: g.contacts, revenue: g.revenue })),
  };
}
