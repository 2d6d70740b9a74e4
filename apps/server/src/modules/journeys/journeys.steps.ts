import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { JourneyStep, SegmentGroup } from '@rapport/contracts';
import { idArray, selectRows } from '../../platform/db.js';
import { contactFields } from '../contacts/index.js';
import { matchingContacts, segmentEnv } from '../segments/index.js';
import { runAction } from './journeys.actions.js';
import { matchesWhere } from './journeys.match.js';
import type { Outcome, RunState, StepScope } from './journeys.run-types.js';
import { addDays, knownZone, nextTimeOfDay, zonedInstant } from './journeys.time.js';
import { findDateField } from './journeys.validate.js';

/** How often a wait for a condition looks again; segment conditions change without an event to hear. */
const conditionRecheckMinutes = 15;

type Moves = Map<string, Outcome>;
const minutes = (at: Date, n: number) => new Date(at.getTime() + n * 60_000);
const zoneOf = (s: StepScope, r: RunState) => knownZone(r.timezone) ?? s.timeZone;

/** The contacts of these a segment definition holds for now. */
async function holding(s: StepScope, def: SegmentGroup, runs: RunState[]): Promise<Set<string>> {
  return new Set(await matchingContacts(s.tx, await segmentEnv(s.tx, s.workspaceId), def, runs.map((r) => r.contactId)));
}

/** Runs whose contact performed the awaited event since the run last waited (the event consumer may not have seen it yet). */
async function performedSince(s: StepScope, step: Extract<JourneyStep, { type: 'wait_for' }>, runs: RunState[]): Promise<Set<string>> {
  if (step.until.kind !== 'event') return new Set();
  const rows = await selectRows<{ contact_id: string; properties: Record<string, unknown> | null }>(
    s.tx,
    sql`select e.contact_id, e.properties from events e
        join json_to_recordset(${JSON.stringify(runs.map((r) => ({ contact_id: r.contactId, since: r.since.toISOString() })))}::json) as u(contact_id uuid, since timestamptz)
          on e.contact_id = u.contact_id and e.timestamp > u.since
        where e.workspace_id = ${s.workspaceId} and e.name = ${step.until.event}`,
  );
  const where = step.until.where;
  return new Set(rows.filter((e) => matchesWhere(e.properties, where)).map((e) => e.contact_id));
}

/** Each run's local moment for a date-field wait; null when the contact has no such date. */
async function dateFieldMoments(s: StepScope, wait: { field: string; offsetDays: number; at: string }, runs: RunState[]): Promise<Map<string, Date | null>> {
  const field = findDateField(await contactFields(s.tx, s.workspaceId), wait.field);
  const values = field
    ? await selectRows<{ id: string; d: string | null }>(
        s.tx,
        sql`select contacts.id, (${field.expr})::date::text as d from contacts where contacts.workspace_id = ${s.workspaceId} and contacts.id = any(${idArray(runs.map((r) => r.contactId), 'uuid')})`,
      )
    : [];
  const dates = new Map(values.map((v) => [v.id, v.d]));
  return new Map(runs.map((r) => {
    const d = dates.get(r.contactId);
    return [r.id, d ? zonedInstant(addDays(d, wait.offsetDays), wait.at, zoneOf(s, r)) : null];
  }));
}

/** A split's path for a run: a hash of run and step, so a retried visit takes the same path. */
function pathOf(step: Extract<JourneyStep, { type: 'split' }>, r: RunState) {
  const total = step.paths.reduce((n, p) => n + p.weight, 0);
  let point = createHash('sha256').update(`${r.id}:${step.id}`).digest().readUInt32BE(0) % total;
  for (const p of step.paths) {
    if (point < p.weight) return p;
    point -= p.weight;
  }
  return step.paths[step.paths.length - 1]!;
}

/** Runs arriving at a step: what it does for each of them, in the step's transaction. */
export async function enterStep(s: StepScope, step: JourneyStep, runs: RunState[]): Promise<Moves> {
  const out: Moves = new Map();
  switch (step.type) {
    case 'wait': {
      const w = step.wait;
      const moments = w.kind === 'date_field' ? await dateFieldMoments(s, w, runs) : null;
      for (const r of runs) {
        const until = w.kind === 'duration' ? minutes(s.now, w.minutes) : w.kind === 'time_of_day' ? nextTimeOfDay(s.now, w.at, zoneOf(s, r)) : moments!.get(r.id);
        if (!until) out.set(r.id, { kind: 'move', to: step.next, outcome: 'skipped', detail: { reason: 'no_date' } });
        else if (until <= s.now) out.set(r.id, { kind: 'move', to: step.next, outcome: 'elapsed', detail: { reason: 'date_passed' } });
        else out.set(r.id, { kind: 'wait', dueAt: until, waitUntil: until, waitingFor: null });
      }
      return out;
    }
    case 'wait_for': {
      const deadline = minutes(s.now, step.timeoutMinutes);
      const happened = step.until.kind === 'event' ? await performedSince(s, step, runs) : await holding(s, step.until.definition, runs);
      for (const r of runs) {
        if (r.resumedBy === 'event' || happened.has(r.contactId)) out.set(r.id, { kind: 'move', to: step.onEvent, outcome: step.until.kind });
        else if (step.until.kind === 'event') out.set(r.id, { kind: 'wait', dueAt: deadline, waitUntil: deadline, waitingFor: step.until.event });
        else out.set(r.id, { kind: 'wait', dueAt: minutes(s.now, Math.min(conditionRecheckMinutes, step.timeoutMinutes)), waitUntil: deadline, waitingFor: null });
      }
      return out;
    }
    case 'branch': {
      const def: SegmentGroup =
        step.condition.kind === 'segment'
          ? { type: 'group', combinator: 'and', negate: false, children: [{ type: 'segment', segmentId: step.condition.segmentId, member: true }] }
          : step.condition.definition;
      const yes = await holding(s, def, runs);
      for (const r of runs) out.set(r.id, yes.has(r.contactId) ? { kind: 'move', to: step.yes, outcome: 'yes' } : { kind: 'move', to: step.no, outcome: 'no' });
      return out;
    }
    case 'split':
      for (const r of runs) {
        const p = pathOf(step, r);
        out.set(r.id, { kind: 'move', to: p.next, outcome: p.key });
      }
      return out;
    case 'action':
      return runAction(s, step.action, runs, step.next);
    case 'exit':
      for (const r of runs) out.set(r.id, { kind: 'end', status: 'completed', reason: 'exit_step', outcome: 'exit' });
      return out;
  }
}

/** Runs whose wait at a step is due, or whose awaited event came: on, or back to waiting. */
export async function resumeStep(s: StepScope, step: JourneyStep, runs: RunState[]): Promise<Moves> {
  const out: Moves = new Map();
  if (step.type === 'wait') {
    for (const r of runs) out.set(r.id, { kind: 'move', to: step.next, outcome: 'elapsed' });
    return out;
  }
  if (step.type !== 'wait_for') {
    for (const r of runs) out.set(r.id, { kind: 'end', status: 'exited', reason: 'not_a_wait', outcome: 'failed' });
    return out;
  }
  const held = step.until.kind === 'condition' ? await holding(s, step.until.definition, runs.filter((r) => r.resumedBy !== 'event')) : new Set<string>();
  for (const r of runs) {
    const deadline = r.waitUntil ?? s.now;
    if (r.resumedBy === 'event' || held.has(r.contactId)) out.set(r.id, { kind: 'move', to: step.onEvent, outcome: step.until.kind });
    else if (deadline <= s.now) out.set(r.id, { kind: 'move', to: step.onTimeout, outcome: 'timeout' });
    else {
      const due = step.until.kind === 'condition' ? new Date(Math.min(deadline.getTime(), minutes(s.now, conditionRecheckMinutes).getTime())) : deadline;
      out.set(r.id, { kind: 'wait', dueAt: due, waitUntil: deadline, waitingFor: step.until.kind === 'event' ? step.until.event : null });
    }
  }
  return out;
}
