import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'drizzle-orm';
import { refreshStatistics, selectRows, type Database } from '../../platform/db.js';
import { startWorkerLoop, type WorkerLoop } from '../../platform/worker-loop.js';
import { runDueJourneys } from './journeys.engine.js';
import { processSignals } from './journeys.signals.js';

/** Busy passes between refreshes of the planner's statistics. */
const statisticsEvery = 50;

/**
 * The journey engine and the enrolment from segment and model signals, as background loops.
 * Several processes (`rapport worker`) run them side by side: claims keep their runs apart.
 */
export function startJourneyWorker(database: Database, log: FastifyBaseLogger, idleMs = 1000): WorkerLoop {
  let busy = 0;
  const step = async () => {
    const steps = await runDueJourneys(database, log);
    // A burst of entries outruns autovacuum (PGlite has none): without fresh statistics the
    // planner takes the grown run and log tables for empty ones and joins them row by row.
    if (steps && busy++ % statisticsEvery === 0) await refreshStatistics(database.db, ['journey_runs', 'journey_steps']);
    return steps;
  };
  const engine = startWorkerLoop({ step, idleMs, log, failure: 'journey step pass failed; retrying' });
  const signals = startWorkerLoop({ step: () => processSignals(database), idleMs: idleMs * 2, log, failure: 'journey enrolment from signals failed; retrying' });
  return {
    wake: () => {
      engine.wake();
      signals.wake();
    },
    stop: async () => void (await Promise.all([engine.stop(), signals.stop()])),
  };
}

/**
 * Everything due now, until nothing is (tests and the CLI): signals, then steps. Runs another
 * worker holds (or took between this pass's look and its claim) are waited for.
 */
export async function drainJourneys(database: Database, log: FastifyBaseLogger): Promise<number> {
  let total = 0;
  for (;;) {
    const n = (await processSignals(database)) + (await runDueJourneys(database, log));
    total += n;
    if (n) continue;
    const [left] = await selectRows<{ any: boolean }>(
      database.db,
      sql`select exists (select 1 from journey_runs r join journeys j on j.id = r.journey_id and j.status = 'live' where r.status = 'active' and r.due_at <= now())
          or exists (select 1 from journey_signals) as any`,
    );
    if (!left?.any) return total;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
