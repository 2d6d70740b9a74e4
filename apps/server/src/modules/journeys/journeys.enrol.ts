import { sql, type SQL } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { EnrolResult, JourneyDefinition } from '@rapport/contracts';
import { idArray, selectRows, type Db } from '../../platform/db.js';
import type { LiveJourney } from './journeys.definitions.js';

/** One contact entering: with the trigger's properties and time, and a date trigger's occurrence. */
export interface EnrolItem {
  contactId: string;
  event?: Record<string, unknown> | undefined;
  triggerAt?: Date | string | undefined;
  occurrence?: string | null | undefined;
}

/**
 * The contacts of these whose runs keep them out under the re-entry rule, or null when none can.
 * Read once per statement, for the whole batch: per-contact subqueries (or NOT EXISTS, which the
 * planner turns into an anti-join) trusted statistics that lag behind a burst of entries (PGlite
 * has no autovacuum), and then scanned every run of the journey, or every contact of the
 * workspace, for each contact entering.
 */
function keptOutSql(workspaceId: string, journeyId: string, ids: SQL, reentry: JourneyDefinition['reentry']): SQL | null {
  const runs = sql`select r.contact_id from journey_runs r where r.workspace_id = ${workspaceId} and r.contact_id = any(${ids}) and r.journey_id = ${journeyId}::uuid`;
  switch (reentry.kind) {
    case 'never':
      return runs;
    case 'after_days':
      return sql`${runs} and (r.status = 'active' or r.ended_at > now() - make_interval(days => ${reentry.days}::int))`;
    case 'always':
      // The unique index on active runs keeps a contact from being in it twice at once.
      return null;
  }
}

/**
 * Starts runs of a live journey in the caller's transaction, so enrolment commits with what
 * caused it (the events of a processor chunk, a drained signal). A contact enters only if it
 * exists, is not in the journey already and the re-entry rule allows; a date occurrence enters
 * once. Returns the new runs by contact.
 */
export async function enrolContacts(tx: Db, workspaceId: string, journey: LiveJourney, items: EnrolItem[]): Promise<Map<string, string>> {
  const seen = new Set<string>();
  const rows = items.flatMap((i) => {
    if (seen.has(i.contactId)) return [];
    seen.add(i.contactId);
    const at = i.triggerAt ? new Date(i.triggerAt) : new Date();
    return [{ id: uuidv7(), contact_id: i.contactId, event: i.event ?? {}, trigger_at: at.toISOString(), occurrence: i.occurrence ?? null }];
  });
  if (!rows.length) return new Map();
  const def = journey.definition;
  const ids = idArray(rows.map((r) => r.contact_id), 'uuid');
  const keptOut = keptOutSql(workspaceId, journey.id, ids, def.reentry);
  const inserted = await selectRows<{ id: string; contact_id: string }>(
    tx,
    sql`with live as materialized (
          select c.id from contacts c where c.workspace_id = ${workspaceId} and c.id = any(${ids}) and c.deleted_at is null
        ), kept_out as materialized (${keptOut ?? sql`select null::uuid as contact_id where false`})
        insert into journey_runs (id, workspace_id, journey_id, version, contact_id, status, step_id, phase, seq, due_at, since, trigger_at, event, occurrence)
        select i.id, ${workspaceId}, ${journey.id}::uuid, ${journey.version}::int, i.contact_id, 'active', ${def.start}, 'ready', 1, now(), i.trigger_at, i.trigger_at, i.event, i.occurrence
        from json_to_recordset(${JSON.stringify(rows)}::json) as i(id uuid, contact_id uuid, event jsonb, trigger_at timestamptz, occurrence text)
        where i.contact_id in (select id from live) and i.contact_id not in (select contact_id from kept_out)
        on conflict do nothing
        returning id, contact_id`,
  );
  return new Map(inserted.map((r) => [r.contact_id, r.id]));
}

/** Per contact, why those not enrolled were not: no such contact, already in it, or re-entry. */
export async function explainEnrolment(tx: Db, workspaceId: string, journeyId: string, contactIds: string[], enrolled: Map<string, string>): Promise<EnrolResult['results']> {
  const rest = contactIds.filter((id) => !enrolled.has(id));
  const facts = rest.length
    ? await selectRows<{ id: string; active: string | null }>(
        tx,
        sql`select c.id, (select r.id from journey_runs r where r.journey_id = ${journeyId}::uuid and r.contact_id = c.id and r.status = 'active') as active
            from contacts c where c.workspace_id = ${workspaceId} and c.id = any(${idArray(rest, 'uuid')}) and c.deleted_at is null`,
      )
    : [];
  const byId = new Map(facts.map((f) => [f.id, f.active]));
  return [...new Set(contactIds)].map((contactId) => {
    const runId = enrolled.get(contactId);
    if (runId) return { contactId, status: 'enrolled' as const, runId };
    if (!byId.has(contactId)) return { contactId, status: 'not_found' as const, runId: null };
    const active = byId.get(contactId) ?? null;
    return { contactId, status: active ? ('already_active' as const) : ('not_eligible' as const), runId: active };
  });
}
