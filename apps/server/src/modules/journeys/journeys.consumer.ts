import { sql } from 'drizzle-orm';
import type { JourneyDefinition } from '@rapport/contracts';
import { idArray, selectRows, type Db } from '../../platform/db.js';
import type { ConsumedEvent, EventConsumer } from '../events/index.js';
import { liveJourneys, loadDefinitions, stepOf, versionKey } from './journeys.definitions.js';
import { enrolContacts } from './journeys.enrol.js';
import { matchesWhere } from './journeys.match.js';

interface RunRow {
  id: string;
  journey_id: string;
  version: number;
  contact_id: string;
  status: string;
  step_id: string | null;
  seq: number;
  since: string;
  trigger_at: string;
  entered_at: string;
  converted_at: string | null;
}

/** Tracked event names live and paused journeys react to in this workspace. */
async function namesFor(tx: Db, workspaceId: string): Promise<string[]> {
  const rows = await selectRows<{ name: string }>(
    tx,
    sql`select distinct unnest(v.event_names) as name from journey_versions v join journeys j on j.id = v.journey_id
        where j.workspace_id = ${workspaceId} and j.status in ('live', 'paused') and v.published_at is not null`,
  );
  return rows.map((r) => r.name);
}

/** Event-triggered journeys: each contact enters on its first matching event of the chunk. */
async function enrolFromEvents(tx: Db, ws: string, events: ConsumedEvent[]): Promise<void> {
  const names = [...new Set(events.map((e) => e.name))];
  for (const j of await liveJourneys(tx, ws, ['event'], names)) {
    const t = j.definition.trigger;
    if (t.type !== 'event') continue;
    const items = events.filter((e) => e.name === t.event && matchesWhere(e.properties, t.where)).map((e) => ({ contactId: e.contactId!, event: e.properties, triggerAt: e.timestamp }));
    if (items.length) await enrolContacts(tx, ws, j, items);
  }
}

/** What the chunk's events do to one run: convert it (goal), resume its wait-for, exit it. */
function effectsOn(run: RunRow, def: JourneyDefinition, events: ConsumedEvent[]) {
  let convertedAt: string | null = null;
  let resume = false;
  let exit: string | null = null;
  const step = run.status === 'active' ? stepOf(def, run.step_id) : undefined;
  const awaited = step?.type === 'wait_for' && step.until.kind === 'event' ? step.until : null;
  const goalEnd = def.goal ? new Date(run.entered_at).getTime() + def.goal.withinDays * 86_400_000 : 0;
  for (const e of events) {
    const at = new Date(e.timestamp).getTime();
    // The trigger and what came before it are the run's history, not its future.
    if (at <= new Date(run.trigger_at).getTime()) continue;
    if (def.goal && !run.converted_at && !convertedAt && e.name === def.goal.event && at <= goalEnd && matchesWhere(e.properties, def.goal.where)) convertedAt = e.timestamp;
    if (run.status !== 'active' || exit) continue;
    if (awaited && e.name === awaited.event && at > new Date(run.since).getTime() && matchesWhere(e.properties, awaited.where)) resume = true;
    const out = def.exitOn.find((x) => x.event === e.name && matchesWhere(e.properties, x.where));
    if (out) exit = `exit_event:${out.event}`;
  }
  return { convertedAt, resume: resume && !exit, exit };
}

/** Goals, wait-fors and exits of the contacts' runs, including runs this chunk just started. */
async function applyToRuns(tx: Db, ws: string, events: ConsumedEvent[]): Promise<void> {
  const byContact = new Map<string, ConsumedEvent[]>();
  for (const e of events) byContact.set(e.contactId!, [...(byContact.get(e.contactId!) ?? []), e]);
  const runs = await selectRows<RunRow>(
    tx,
    sql`select id, journey_id, version, contact_id, status, step_id, seq, since, trigger_at, entered_at, converted_at from journey_runs
        where workspace_id = ${ws} and contact_id = any(${idArray([...byContact.keys()], 'uuid')})
          and (status = 'active' or (converted_at is null and entered_at > now() - interval '366 days'))`,
  );
  if (!runs.length) return;
  const defs = await loadDefinitions(tx, ws, runs.map((r) => ({ journeyId: r.journey_id, version: r.version })));
  const converted: { id: string; at: string }[] = [];
  const resumed: { id: string; seq: number; step_id: string }[] = [];
  const exited: { id: string; reason: string }[] = [];
  for (const r of runs) {
    const def = defs.get(versionKey(r.journey_id, r.version));
    if (!def) continue;
    const fx = effectsOn(r, def, byContact.get(r.contact_id) ?? []);
    if (fx.convertedAt) converted.push({ id: r.id, at: fx.convertedAt });
    if (fx.resume) resumed.push({ id: r.id, seq: r.seq, step_id: r.step_id! });
    if (fx.exit) exited.push({ id: r.id, reason: fx.exit });
  }
  if (converted.length) {
    await tx.execute(sql`update journey_runs r set converted_at = x.at from json_to_recordset(${JSON.stringify(converted)}::json) as x(id uuid, at timestamptz)
      where r.workspace_id = ${ws} and r.id = x.id and r.converted_at is null`);
  }
  // A resumed run is due at once; the engine takes the onEvent way. Same visit only: a run that
  // moved on meanwhile is not resumed at its next step by mistake.
  if (resumed.length) {
    await tx.execute(sql`update journey_runs r set resumed_by = 'event', due_at = now() from json_to_recordset(${JSON.stringify(resumed)}::json) as x(id uuid, seq int, step_id text)
      where r.workspace_id = ${ws} and r.id = x.id and r.status = 'active' and r.seq = x.seq and r.step_id = x.step_id`);
  }
  if (exited.length) {
    await tx.execute(sql`update journey_runs r set status = 'exited', exit_reason = x.reason, ended_at = now(), due_at = null, step_id = null, claimed_until = null, claim_token = null
      from json_to_recordset(${JSON.stringify(exited)}::json) as x(id uuid, reason text)
      where r.workspace_id = ${ws} and r.id = x.id and r.status = 'active'`);
  }
}

/**
 * Journeys' share of the event processor: in its transaction, so enrolments, exits, conversions
 * and resumed waits commit with the events that caused them, exactly once. It asks for the names
 * its workspace's journeys use (`namesFor`), read per chunk.
 */
export const journeyEventConsumer: EventConsumer = {
  names: [],
  namesFor,
  consume: async (tx, ctx, events) => {
    const known = events.filter((e) => e.contactId).sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
    if (!known.length) return;
    await enrolFromEvents(tx, ctx.workspaceId, known);
    await applyToRuns(tx, ctx.workspaceId, known);
  },
};
