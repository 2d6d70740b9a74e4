import { sql, type SQL } from 'drizzle-orm';
import { nasldStates, rfmGroups } from '@rapport/contracts';
import type { FilterField } from '../../platform/filters.js';

const m = (col: string) => sql.raw(`m.${col}`);
const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

/**
 * Model outputs as segment conditions see them ("rfm.group", "nasld.state"), read from
 * contact_models through `wrapModel`. Later predictions add their fields here.
 */
export const modelFields: ReadonlyMap<string, FilterField> = new Map(
  (
    [
      { path: 'rfm.r', label: 'RFM recency score', type: 'number', expr: m('rfm_r') },
      { path: 'rfm.f', label: 'RFM frequency score', type: 'number', expr: m('rfm_f') },
      { path: 'rfm.m', label: 'RFM monetary score', type: 'number', expr: m('rfm_m') },
      { path: 'rfm.score', label: 'RFM score', type: 'text', expr: sql`(m.rfm_r::text || m.rfm_f::text || m.rfm_m::text)` },
      { path: 'rfm.group', label: 'RFM group', type: 'select', expr: m('rfm_group'), options: options(rfmGroups) },
      { path: 'nasld.state', label: 'NASLD state', type: 'select', expr: m('nasld_state'), options: options(nasldStates) },
      { path: 'nasld.since', label: 'NASLD state since', type: 'datetime', expr: m('nasld_since') },
      { path: 'nasld.cycleDays', label: 'Repurchase cycle (days)', type: 'number', expr: m('cycle_days') },
    ] satisfies FilterField[]
  ).map((f) => [f.path, f]),
);

/** A condition on a contact's model row; `orMissing` also passes contacts that have none yet. */
export function wrapModel(workspaceId: string) {
  return (cond: SQL, orMissing: boolean, only: (col: SQL) => SQL | undefined) => {
    const rows = (test: SQL) =>
      sql`select m.contact_id from contact_models m where ${sql.join([sql`m.workspace_id = ${workspaceId}`, only(sql`m.contact_id`), test].filter((p): p is SQL => p !== undefined), sql` and `)}`;
    return orMissing ? sql`contacts.id not in (${rows(sql`not coalesce(${cond}, false)`)})` : sql`contacts.id in (${rows(cond)})`;
  };
}
