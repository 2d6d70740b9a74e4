import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { JourneyDefinition } from '@rapport/contracts';
import { workspaces } from '../../platform/auth/schema.js';

const tenant = () =>
  text('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Journeys: draft → live ⇄ paused, and archived at the end. `version` is the version new contacts
 * enter. The trigger of that version is copied into `trigger_kind`/`trigger_key` (event name,
 * segment id, model), so enrolment finds the journeys a signal concerns by index.
 */
export const journeys = pgTable(
  'journeys',
  {
    id: uuid('id').primaryKey(),
    workspaceId: tenant(),
    name: text('name').notNull(),
    description: text('description'),
    status: text('status', { enum: ['draft', 'live', 'paused', 'archived'] }).notNull(),
    version: integer('version').notNull(),
    triggerKind: text('trigger_kind').notNull(),
    triggerKey: text('trigger_key'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('journeys_workspace_idx').on(t.workspaceId, t.id),
    index('journeys_trigger_idx').on(t.workspaceId, t.triggerKind, t.triggerKey).where(sql`${t.status} = 'live'`),
  ],
);

/**
 * Every version of a journey's definition. A version once published never changes: runs keep
 * the version they entered, and the engine caches definitions by (journey, version).
 * `event_names` are the tracked events the version reacts to (trigger, wait-for, exit, goal),
 * which the event processor hands over.
 */
export const journeyVersions = pgTable(
  'journey_versions',
  {
    workspaceId: tenant(),
    journeyId: uuid('journey_id')
      .notNull()
      .references(() => journeys.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    definition: jsonb('definition').$type<JourneyDefinition>().notNull(),
    eventNames: text('event_names').array().notNull().default(sql`'{}'::text[]`),
    createdBy: text('created_by').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    publishedAt: at('published_at'),
  },
  (t) => [primaryKey({ columns: [t.journeyId, t.version] }), index('journey_versions_workspace_idx').on(t.workspaceId, t.journeyId)],
);

/**
 * A contact's walk through one version of a journey. The row is also the engine's queue entry:
 * `due_at` says when it next needs a worker (now for a step to run, the end of a wait), and a
 * worker holds it with `claimed_until`/`claim_token` while it runs its steps. `seq` counts the
 * steps begun: the log row of the step in hand is (id, seq), written in the same transaction as
 * the step's effects, so each visit of a step runs once.
 */
export const journeyRuns = pgTable(
  'journey_runs',
  {
    id: uuid('id').primaryKey(),
    workspaceId: tenant(),
    journeyId: uuid('journey_id')
      .notNull()
      .references(() => journeys.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    contactId: uuid('contact_id').notNull(),
    status: text('status', { enum: ['active', 'completed', 'exited', 'failed'] }).notNull(),
    /** The step in hand: to run ('ready') or run and waiting ('waiting'). Null once ended. */
    stepId: text('step_id'),
    phase: text('phase', { enum: ['ready', 'waiting'] }).notNull().default('ready'),
    seq: integer('seq').notNull().default(1),
    dueAt: at('due_at'),
    /** Where a wait ends (a wait-for's timeout). */
    waitUntil: at('wait_until'),
    /** The event a wait-for step waits for. */
    waitingFor: text('waiting_for'),
    /** 'event': the awaited event (or condition) happened; set by the event consumer. */
    resumedBy: text('resumed_by'),
    /** Events at or before this moment are history to the run: the trigger's time, then each wait's end. */
    since: at('since').notNull(),
    /** When the trigger happened (the event's own time); later events may exit or convert the run. */
    triggerAt: at('trigger_at').notNull(),
    /** The trigger event's properties (or the signal's data), for templates as `event.*`. */
    event: jsonb('event').$type<Record<string, unknown>>().notNull().default({}),
    /** What steps left for later steps: the last coupon issued. */
    context: jsonb('context').$type<Record<string, unknown>>().notNull().default({}),
    /** A date trigger's occurrence (the local date it fired), so each fires once per contact. */
    occurrence: text('occurrence'),
    attempts: integer('attempts').notNull().default(0),
    enteredAt: at('entered_at').notNull().defaultNow(),
    endedAt: at('ended_at'),
    exitReason: text('exit_reason'),
    convertedAt: at('converted_at'),
    claimedUntil: at('claimed_until'),
    claimToken: uuid('claim_token'),
  },
  (t) => [
    index('journey_runs_due_idx').on(t.dueAt).where(sql`${t.status} = 'active'`),
    uniqueIndex('journey_runs_active_uq').on(t.journeyId, t.contactId).where(sql`${t.status} = 'active'`),
    uniqueIndex('journey_runs_occurrence_uq').on(t.journeyId, t.contactId, t.occurrence).where(sql`${t.occurrence} is not null`),
    // Few indexes: every step rewrites its runs' rows, and each index costs each rewrite. A
    // contact has few runs: the event consumer finds them by contact, re-entry by contact and
    // journey. Lists and stats go by journey; that index leaves out the workspace so that before
    // the planner has statistics (PGlite has no autovacuum) it never looks the same to it as the
    // contact's for a re-entry check, which then scanned every run of the journey per contact.
    index('journey_runs_contact_idx').on(t.workspaceId, t.contactId, t.journeyId),
    index('journey_runs_journey_idx').on(t.journeyId, t.id),
  ],
);

/**
 * The step log: one row per visit of a step by a run, inserted in the transaction that runs the
 * step, with what it did (`outcome`: the way it took, 'queued' for a send, 'skipped' with the
 * reason in `detail`). Its key is what makes a step run once per visit.
 */
export const journeySteps = pgTable(
  'journey_steps',
  {
    // No foreign key to workspaces, as on other hot tables: the check would run per row. The run's cascades.
    workspaceId: text('workspace_id').notNull(),
    runId: uuid('run_id')
      .notNull()
      .references(() => journeyRuns.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    stepId: text('step_id').notNull(),
    journeyId: uuid('journey_id').notNull(),
    version: integer('version').notNull(),
    contactId: uuid('contact_id').notNull(),
    enteredAt: at('entered_at').notNull().defaultNow(),
    completedAt: at('completed_at'),
    outcome: text('outcome'),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
  },
  (t) => [
    // (run, visit): seq numbers the visits of a run's steps, so this is unique per (run, step, visit).
    primaryKey({ columns: [t.runId, t.seq] }),
    index('journey_steps_stats_idx').on(t.journeyId, t.version, t.stepId),
  ],
);

/**
 * Segment entries and exits and model changes that may start journeys, queued by a trigger on
 * `domain_events` (migration 0019) while a live journey listens for them. Its ids do not commit
 * in order, so workers take rows with SKIP LOCKED and delete them, never read past a cursor.
 */
export const journeySignals = pgTable(
  'journey_signals',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    workspaceId: tenant(),
    kind: text('kind').notNull(),
    contactId: uuid('contact_id').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    occurredAt: at('occurred_at').notNull(),
  },
  (t) => [index('journey_signals_workspace_idx').on(t.workspaceId, t.id)],
);
