import { sql, type SQL } from 'drizzle-orm';
import type { NasldReport, NasldSettings } from '@rapport/contracts';
import { selectRows, type Db } from '../../platform/db.js';

/**
 * CTEs `per` (each buyer's purchase days n, last day and cycle) and `ws` (the workspace's cycle c)
 * as of `at`.
 */
const purchaseCycles = (workspaceId: string, at: SQL, defaultCycleDays: number) => sql`days as (
          select distinct o.contact_id, (o.placed_at at time zone 'UTC')::date as d
          from orders o where o.workspace_id = ${workspaceId} and o.contact_id is not null and o.status <> 'cancelled' and o.placed_at <= ${at}
        ), gaps as (
          select contact_id, d, d - lag(d) over (partition by contact_id order by d) as gap from days
        ), per as (
          select contact_id, count(*)::int as n, max(d) as last, percentile_cont(0.5) within group (order by gap) filter (where gap is not null) as cycle
          from gaps group by contact_id
        ), ws as (
          select coalesce(percentile_cont(0.5) within group (order by cycle), ${defaultCycleDays}) as c from per where n >= 2
        )`;

/**
 * The NASLD state of every contact of the workspace, as of `asOf`, in one statement.
 *
 * Purchases are counted in days: orders (not cancelled) placed on the same UTC day are one
 * purchase, so a basket split into several invoices does not make a repeat buyer. C, the
 * repurchase cycle, is the median gap in days between a contact's purchase days, or, under two
 * purchases, the median of the repeat buyers' C (the workspace's cycle; `defaultCycleDays` while
 * there are none). t is the whole days from the last purchase day to `asOf`'s day. Then, in order:
 * no purchase → prospect; t > deep-dormant days or t > lost × C → D; one purchase and t ≤ max(C,
 * new days) → N; repeat buyer and t ≤ C → A; t ≤ sleepy × C → S; else L.
 *
 * A change of state is kept in nasld_history and announced as a domain event (the first state a
 * contact is given is recorded but not announced). Returns contacts evaluated and changed.
 */
export async function computeNasld(tx: Db, workspaceId: string, s: NasldSettings, asOf?: Date): Promise<{ contacts: number; changed: number; workspaceCycleDays: number }> {
  const at = asOf ? sql`${asOf.toISOString()}::timestamptz` : sql`now()`;
  const [res] = await selectRows<{ contacts: number; changed: number; c: number }>(
    tx,
    sql`with ${purchaseCycles(workspaceId, at, s.defaultCycleDays)}, evaluated as (
          select c.id as contact_id, p.n, coalesce(p.cycle, ws.c) as cycle, (${at} at time zone 'UTC')::date - p.last as t
          from contacts c cross join ws left join per p on p.contact_id = c.id
          where c.workspace_id = ${workspaceId} and c.deleted_at is null
        ), stated as (
          select contact_id, cycle, case
              when n is null then 'prospect'
              when t > ${s.deepDormantAfterDays}::int or t > ${s.lostMultiplier}::numeric * cycle then 'D'
              when n = 1 and t <= greatest(cycle, ${s.newWithinDays}::int) then 'N'
              when n >= 2 and t <= cycle then 'A'
              when t <= ${s.sleepyMultiplier}::numeric * cycle then 'S'
              else 'L' end as state
          from evaluated
        ), previous as (
          select e.contact_id, e.state, e.cycle, m.nasld_state as was from stated e
          left join contact_models m on m.workspace_id = ${workspaceId} and m.contact_id = e.contact_id
        ), history as (
          insert into nasld_history (workspace_id, contact_id, from_state, to_state, at)
          select ${workspaceId}, contact_id, was, state, ${at} from previous where was is distinct from state
        ), announced as (
          insert into domain_events (workspace_id, kind, contact_id, data)
          select ${workspaceId}, 'nasld.changed', contact_id, jsonb_build_object('from', was, 'to', state)
          from previous where was is not null and was is distinct from state
        ), upserted as (
          insert into contact_models (contact_id, workspace_id, nasld_state, nasld_since, cycle_days, nasld_computed_at)
          select contact_id, ${workspaceId}, state, ${at}, round(cycle::numeric, 2), ${at} from previous
          on conflict (contact_id) do update set
            nasld_since = case when contact_models.nasld_state is distinct from excluded.nasld_state then excluded.nasld_since else contact_models.nasld_since end,
            nasld_state = excluded.nasld_state, cycle_days = excluded.cycle_days, nasld_computed_at = excluded.nasld_computed_at
        ), snapshot as (
          insert into model_snapshots (workspace_id, model, day, state, contacts, revenue)
          select ${workspaceId}, 'nasld', (${at} at time zone 'UTC')::date, p.state, count(*),
                 coalesce(sum((select t.revenue from contact_traits t where t.workspace_id = ${workspaceId} and t.contact_id = p.contact_id)), 0)
          from previous p group by p.state
          on conflict (workspace_id, model, day, state) do update set contacts = excluded.contacts, revenue = excluded.revenue
        )
        select (select count(*) from previous)::int as contacts, (select count(*) from previous where was is distinct from state)::int as changed,
               (select c from ws)::float8 as c`,
  );
  return { contacts: res?.contacts ?? 0, changed: res?.changed ?? 0, workspaceCycleDays: res?.c ?? s.defaultCycleDays };
}

export async function nasldReport(tx: Db, workspaceId: string, settings: NasldSettings): Promise<NasldReport> {
  const states = await selectRows<{ state: NasldReport['states'][number]['state']; contacts: number; revenue: number }>(
    tx,
    sql`select m.nasld_state as state, count(*)::int as contacts,
               coalesce(sum((select t.revenue from contact_traits t where t.workspace_id = ${workspaceId} and t.contact_id = m.contact_id)), 0)::float8 as revenue
        from contact_models m join contacts c on c.workspace_id = ${workspaceId} and c.id = m.contact_id and c.deleted_at is null
        where m.workspace_id = ${workspaceId} and m.nasld_state is not null group by 1 order by 1`,
  );
  // Relative to the latest run rather than today, so a run as of another date (a backfill) reads back whole.
  const history = await selectRows<{ day: string; state: NasldReport['states'][number]['state']; contacts: number; revenue: number }>(
    tx,
    sql`select day::text as day, state, contacts, revenue::float8 as revenue from model_snapshots
        where workspace_id = ${workspaceId} and model = 'nasld'
          and day > (select max(day) from model_snapshots where workspace_id = ${workspaceId} and model = 'nasld') - 400
        order by day, state`,
  );
  const transitions = await selectRows<{ from: string | null; to: string; contacts: number }>(
    tx,
    sql`select from_state as "from", to_state as "to", count(*)::int as contacts from nasld_history
        where workspace_id = ${workspaceId} and from_state is not null
          and at > (select max(at) from nasld_history where workspace_id = ${workspaceId}) - interval '30 days'
        group by 1, 2 order by 3 desc`,
  );
  const [meta] = await selectRows<{ at: Date | string | null; c: number | null }>(
    tx,
    sql`with ${purchaseCycles(workspaceId, sql`now()`, settings.defaultCycleDays)}
        select (select max(nasld_computed_at) from contact_models where workspace_id = ${workspaceId}) as at, (select c from ws)::float8 as c`,
  );
  return {
    computedAt: meta?.at ? new Date(meta.at).toISOString() : null,
    workspaceCycleDays: meta?.c ?? null,
    states,
    history,
    transitions,
  };
}
