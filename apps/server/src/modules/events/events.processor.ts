import type { FastifyBaseLogger } from 'fastify';
import type { JobDefinition } from '../../platform/jobs.js';
import { refreshStatistics, type Database } from '../../platform/db.js';
import { startWorkerLoop, type WorkerLoop } from '../../platform/worker-loop.js';
import { processChunk, type EventConsumer } from './events.process.js';

/** Chunks between refreshes of the planner's statistics. */
const statisticsEvery = 40;

/**
 * Moves accepted events from the inbox to the event store, continuously. Each chunk commits on
 * its own; on PostgreSQL several processes may run this (workspaces are locked one at a time).
 */
export function startEventProcessor(database: Database, log: FastifyBaseLogger, consumers: EventConsumer[] = [], idleMs = 250): WorkerLoop {
  let chunks = 0;
  return startWorkerLoop({
    step: async () => {
      // A stream of events outruns autovacuum (and PGlite has none); without fresh statistics
      // the planner takes the growing tables for empty ones and joins them row by row.
      if (++chunks % statisticsEvery === 1) await refreshStatistics(database.db, ['events', 'contact_identities', 'event_inbox', 'contacts']);
      return processChunk(database, log, consumers);
    },
    idleMs,
    log,
    // The chunk rolled back and stays in the inbox.
    failure: 'event processing failed; retrying',
  });
}

/** Retries older than 7 days need no deduplication, and the reject log keeps 7 days. */
export const eventsCleanupJob: JobDefinition = {
  name: 'events.cleanup',
  cron: '17 * * * *',
  handler: async (_data, { database }) => {
    await database.query(`delete from event_dedup where received_at < now() - interval '8 days'`);
    await database.query(`delete from event_rejects where received_at < now() - interval '7 days'`);
  },
};
