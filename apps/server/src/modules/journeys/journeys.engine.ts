import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Ctx } from '../../platform/context.js';
import { idArray, selectRows, withWorkspace, type Database, type Db } from '../../platform/db.js';
import { loadDefinitions, stepOf, versionKey } from './journeys.definitions.js';
import { workspaceTimeZone } from './journeys.messaging.js';
import type { Outcome, RunState, StepScope } from './journeys.run-types.js';
import { enterStep, resumeStep } from './journeys.steps.js';

/** How long a worker holds the runs it claimed; a worker killed mid-pass leaves them to another after this. */
const leaseSeconds = 120;
/** Runs claimed per pass, and per step transaction: PGlite runs one transaction at a time, so its are short. */
const claimBatch = { pglite: 500, postgres: 1000 } as const;
const groupSize = { pglite: 250, postgres: 500 } as const;
/** Steps a run may take in one pass; a loop through waits that end at once (a missing date) then slows to one lap a minute. */
const stepsPerPass = 50;
/** Failed attempts of a run's step before the run is marked failed. */
const maxAttempts = 5;

interface Claimed {
  id: string;
  journey_id: string;
  version: number;
  step_id: string;
  phase: 'ready' | 'waiting';
  seq: number;
}

const due = sql`r.status = 'active' and r.due_at <= now() and (r.claimed_until is null or r.claimed_until < now())`;

/** The workspace of the most overdue run of a live journey, or null when none is due. */
async function pickWorkspace(database: Database): Promise<string | null> {
  const [row] = await selectRows<{ workspace_id: string }>(
    database.db,
    sql`select r.workspace_id from journey_runs r join journeys j on j.id = r.journey_id and j.status = 'live' where ${due} order by r.due_at limit 1`,
  );
  return row?.workspace_id ?? null;
}

/** Claims due runs of live journeys in a transaction of its own, so the steps' transactions stay short. */
function claim(database: Database, ws: string, token: string): Promise<Claimed[]> {
  return withWorkspace(database.db, ws, (tx) =>
    selectRows<Claimed>(
      tx,
      sql`update journey_runs u set claimed_until = now() + make_interval(secs => ${leaseSeconds}), claim_token = ${token}::uuid
          from (select r.id from journey_runs r join journeys j on j.id = r.journey_id and j.status = 'live'
                where r.workspace_id = ${ws} and ${due} order by r.due_at limit ${claimBatch[database.kind]} for update of r skip locked) p
          where u.id = p.id
          returning u.id, u.journey_id, u.version, u.step_id, u.phase, u.seq`,
    ),
  );
}

interface Locked extends RunState {
  gone: boolean;
  journeyName: string;
}

/** The claimed runs still at this step and visit, locked; a run exited meanwhile drops out. */
async function lockRuns(tx: Db, ws: string, token: string, g: Claimed, ids: string[]): Promise<Locked[]> {
  const rows = await selectRows<Record<string, unknown>>(
    tx,
    sql`select r.id, r.contact_id, r.seq, r.event, r.context, r.resumed_by, r.wait_until, r.since, c.timezone, c.owner_id,
          (c.id is null or c.deleted_at is not null) as gone, j.name as journey_name
        from journey_runs r join journeys j on j.id = r.journey_id
        left join contacts c on c.workspace_id = ${ws} and c.id = r.contact_id
        where r.workspace_id = ${ws} and r.id = any(${idArray(ids, 'uuid')}) and r.status = 'active' and r.claim_token = ${token}::uuid
          and r.journey_id = ${g.journey_id}::uuid and r.version = ${g.version} and r.step_id = ${g.step_id} and r.phase = ${g.phase}
        order by r.id for update of r`,
  );
  return rows.map((r) => ({
    id: r.id as string,
    contactId: r.contact_id as string,
    journeyId: g.journey_id,
    version: g.version,
    stepId: g.step_id,
    phase: g.phase,
    seq: r.seq as number,
    event: (r.event ?? {}) as Record<string, unknown>,
    context: (r.context ?? {}) as Record<string, unknown>,
    resumedBy: r.resumed_by as string | null,
    waitUntil: r.wait_until ? new Date(r.wait_until as string) : null,
    since: new Date(r.since as string),
    timezone: r.timezone as string | null,
    ownerId: r.owner_id as string | null,
    gone: Boolean(r.gone),
    journeyName: r.journey_name as string,
  }));
}

/**
 * One step for a group of runs at the same step and visit, in one transaction: the log rows,
 * the step's effects (queued sends, tags, tasks, coupons) and the runs' moves commit together
 * or not at all. The runs are locked and checked against the claim first, and the log's key
 * (run, visit) refuses a second execution, so each visit of a step happens once, whatever
 * crashes or races. Returns the runs that moved on to a step to run now.
 */
async function runGroup(tx: Db, ws: string, token: string, g: Claimed, ids: string[], log: FastifyBaseLogger): Promise<Claimed[]> {
  const runs = await lockRuns(tx, ws, token, g, ids);
  if (!runs.length) return [];
  const now = new Date();
  const def = (await loadDefinitions(tx, ws, [{ journeyId: g.journey_id, version: g.version }])).get(versionKey(g.journey_id, g.version));
  const step = def ? stepOf(def, g.step_id) : undefined;
  const outcomes = new Map<string, Outcome>();
  const live = runs.filter((r) => !r.gone);
  for (const r of runs) if (r.gone) outcomes.set(r.id, { kind: 'end', status: 'exited', reason: 'contact_gone', outcome: 'exited' });
  if (!def || !step) {
    for (const r of live) outcomes.set(r.id, { kind: 'end', status: 'exited', reason: 'step_missing', outcome: 'failed' });
  } else if (live.length) {
    const ctx: Ctx = { db: tx, workspaceId: ws, actor: { type: 'system', id: null, label: `Journey: ${runs[0]!.journeyName}` }, role: null, via: 'system', log };
    const scope: StepScope = { tx, workspaceId: ws, now, timeZone: await workspaceTimeZone(tx, ws), ctx, journeyId: g.journey_id, version: g.version, definition: def };
    const done = g.phase === 'ready' ? await enterStep(scope, step, live) : await resumeStep(scope, step, live);
    for (const [id, o] of done) outcomes.set(id, o);
  }
  const closes = (o: Outcome) => o.kind !== 'wait';
  if (g.phase === 'ready') {
    const logRows = runs.map((r) => {
      const o = outcomes.get(r.id)!;
      return {
        run_id: r.id, seq: r.seq, contact_id: r.contactId, completed_at: closes(o) ? now.toISOString() : null,
        outcome: o.kind === 'wait' ? null : o.outcome, detail: o.kind === 'move' ? (o.detail ?? null) : o.kind === 'end' ? { reason: o.reason } : null,
      };
    });
    const inserted = await selectRows<{ run_id: string }>(
      tx,
      sql`insert into journey_steps (workspace_id, run_id, seq, step_id, journey_id, version, contact_id, entered_at, completed_at, outcome, detail)
          select ${ws}, x.run_id, x.seq, ${g.step_id}, ${g.journey_id}::uuid, ${g.version}::int, x.contact_id, ${now.toISOString()}::timestamptz, x.completed_at, x.outcome, x.detail
          from json_to_recordset(${JSON.stringify(logRows)}::json) as x(run_id uuid, seq int, contact_id uuid, completed_at timestamptz, outcome text, detail jsonb)
          on conflict do nothing returning run_id`,
    );
    // Only possible if two workers held a run at once: roll back this step's effects with it.
    if (inserted.length !== logRows.length) throw new Error(`journey step ${g.step_id} was already run for ${logRows.length - inserted.length} run(s)`);
  } else {
    const closing = runs.filter((r) => closes(outcomes.get(r.id)!)).map((r) => {
      const o = outcomes.get(r.id) as Exclude<Outcome, { kind: 'wait' }>;
      return { run_id: r.id, seq: r.seq, outcome: o.outcome };
    });
    if (closing.length) {
      await tx.execute(sql`update journey_steps s set completed_at = ${now.toISOString()}::timestamptz, outcome = x.outcome
        from json_to_recordset(${JSON.stringify(closing)}::json) as x(run_id uuid, seq int, outcome text)
        where s.workspace_id = ${ws} and s.run_id = x.run_id and s.seq = x.seq`);
    }
  }
  const at = now.toISOString();
  const continuing: Claimed[] = [];
  const updates = runs.map((r) => {
    const o = outcomes.get(r.id)!;
    const base = { id: r.id, seq: r.seq, since: g.phase === 'waiting' ? at : r.since.toISOString(), context: r.context, wait_until: null, waiting_for: null, ended_at: null, exit_reason: null, keep: false };
    if (o.kind === 'wait') return { ...base, since: r.since.toISOString(), status: 'active', step_id: g.step_id, phase: 'waiting', due_at: o.dueAt.toISOString(), wait_until: o.waitUntil.toISOString(), waiting_for: o.waitingFor };
    if (o.kind === 'end') return { ...base, status: o.status, step_id: null, phase: g.phase, due_at: null, ended_at: at, exit_reason: o.reason };
    const context = o.context ? { ...r.context, ...o.context } : r.context;
    if (!o.to) return { ...base, context, status: 'completed', step_id: null, phase: 'ready', due_at: null, ended_at: at };
    continuing.push({ id: r.id, journey_id: g.journey_id, version: g.version, step_id: o.to, phase: 'ready', seq: r.seq + 1 });
    return { ...base, context, status: 'active', step_id: o.to, phase: 'ready', seq: r.seq + 1, due_at: at, keep: true };
  });
  await tx.execute(sql`update journey_runs r set status = x.status, step_id = x.step_id, phase = x.phase, seq = x.seq, due_at = x.due_at,
      wait_until = x.wait_until, waiting_for = x.waiting_for, resumed_by = null, since = x.since, context = x.context,
      ended_at = x.ended_at, exit_reason = x.exit_reason, attempts = 0,
      claimed_until = case when x.keep then r.claimed_until end, claim_token = case when x.keep then r.claim_token end
    from json_to_recordset(${JSON.stringify(updates)}::json) as x(id uuid, status text, step_id text, phase text, seq int, due_at timestamptz,
      wait_until timestamptz, waiting_for text, since timestamptz, context jsonb, ended_at timestamptz, exit_reason text, keep boolean)
    where r.workspace_id = ${ws} and r.id = x.id`);
  return continuing;
}

/** A run whose step failed on its own: tried again later with backoff, then marked failed with the error. */
async function recordFailure(database: Database, ws: string, token: string, id: string, err: unknown): Promise<void> {
  const message = (err instanceof Error ? err.message : String(err)).slice(0, 500);
  await withWorkspace(database.db, ws, (tx) =>
    tx.execute(sql`update journey_runs set attempts = attempts + 1, claimed_until = null, claim_token = null,
        status = case when attempts + 1 >= ${maxAttempts} then 'failed' else status end,
        ended_at = case when attempts + 1 >= ${maxAttempts} then now() end,
        due_at = case when attempts + 1 >= ${maxAttempts} then null else now() + make_interval(mins => power(2, attempts)::int) end,
        exit_reason = case when attempts + 1 >= ${maxAttempts} then ${message} end
      where workspace_id = ${ws} and id = ${id}::uuid and claim_token = ${token}::uuid`),
  );
}

/** Lets requests waiting for PGlite's one connection in between transactions. */
const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * One pass of the journey engine over one workspace: claims due runs (SKIP LOCKED, with a
 * lease), then runs them step by step, a transaction per step and group of runs at it, until
 * each waits or ends. Several workers take disjoint runs. Returns the steps run (0: nothing due).
 */
export async function runDueJourneys(database: Database, log: FastifyBaseLogger, workspaceId?: string): Promise<number> {
  const ws = workspaceId ?? (await pickWorkspace(database));
  if (!ws) return 0;
  const token = randomUUID();
  let work = await claim(database, ws, token);
  const laps = new Map<string, number>();
  let steps = 0;
  while (work.length) {
    const groups = new Map<string, Claimed[]>();
    for (const r of work) {
      const key = `${r.journey_id}:${r.version}:${r.step_id}:${r.phase}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    const next: Claimed[] = [];
    for (const group of groups.values()) {
      for (let i = 0; i < group.length; i += groupSize[database.kind]) {
        const part = group.slice(i, i + groupSize[database.kind]);
        next.push(...(await runSafely(database, ws, token, part, log)));
        steps += part.length;
        await yieldTurn();
      }
    }
    for (const r of next) laps.set(r.id, (laps.get(r.id) ?? 0) + 1);
    const tired = next.filter((r) => laps.get(r.id)! >= stepsPerPass).map((r) => r.id);
    if (tired.length) await release(database, ws, token, tired);
    work = next.filter((r) => laps.get(r.id)! < stepsPerPass);
  }
  return steps;
}

/** Runs a group; when it fails, each run alone, so one bad run cannot hold back the others. */
async function runSafely(database: Database, ws: string, token: string, part: Claimed[], log: FastifyBaseLogger): Promise<Claimed[]> {
  const head = part[0]!;
  try {
    return await withWorkspace(database.db, ws, (tx) => runGroup(tx, ws, token, head, part.map((r) => r.id), log));
  } catch (err) {
    if (part.length > 1) {
      const out: Claimed[] = [];
      for (const r of part) out.push(...(await runSafely(database, ws, token, [r], log)));
      return out;
    }
    log.warn({ err, runId: head.id, step: head.step_id }, 'journey step failed; it will be retried');
    await recordFailure(database, ws, token, head.id, err);
    return [];
  }
}

async function release(database: Database, ws: string, token: string, ids: string[]): Promise<void> {
  await withWorkspace(database.db, ws, (tx) =>
    tx.execute(sql`update journey_runs set claimed_until = null, claim_token = null, due_at = now() + interval '1 minute'
      where workspace_id = ${ws} and id = any(${idArray(ids, 'uuid')}) and claim_token = ${token}::uuid`),
  );
}
