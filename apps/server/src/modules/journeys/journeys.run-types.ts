import type { JourneyDefinition } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';

/** A run as a step sees it, locked in the step's transaction. */
export interface RunState {
  id: string;
  contactId: string;
  journeyId: string;
  version: number;
  stepId: string;
  phase: 'ready' | 'waiting';
  seq: number;
  event: Record<string, unknown>;
  context: Record<string, unknown>;
  resumedBy: string | null;
  waitUntil: Date | null;
  since: Date;
  timezone: string | null;
  ownerId: string | null;
}

/** What a step did for one run, and where the run goes. */
export type Outcome =
  /** Done; on to `to` (none: the journey is complete for the contact). */
  | { kind: 'move'; to: string | null | undefined; outcome: string; detail?: Record<string, unknown>; context?: Record<string, unknown> }
  /** Waiting at this step until `dueAt` (a wait's end, a wait-for's timeout or next look). */
  | { kind: 'wait'; dueAt: Date; waitUntil: Date; waitingFor: string | null }
  /** Ended here (an exit step, a contact gone). */
  | { kind: 'end'; status: 'completed' | 'exited'; reason: string; outcome: string };

/** What one step's transaction works with. */
export interface StepScope {
  tx: Db;
  workspaceId: string;
  now: Date;
  /** The workspace's time zone, for contacts without one. */
  timeZone: string;
  /** A system actor named after the journey, for audit entries of its writes. */
  ctx: Ctx;
  journeyId: string;
  version: number;
  definition: JourneyDefinition;
}
