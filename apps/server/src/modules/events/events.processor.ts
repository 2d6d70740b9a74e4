import type { FastifyBaseLogger } from 'fastify';
import type { JobDefinition } from '../../platform/jobs.js';
import { refreshStatistics, type Database } from '../../platform/db.js';
import { processChunk, type EventConsumer } from './events.process.js';

export interface EventProcessor {
  /** Looks at the inbox now instead of at the next poll. */
  wake(): void;
  /** Finishes the chunk in hand and stops. */
  stop(): Promise<void>;
}

/**
 * Moves accepted events from the inbox to the event store, continuously. Each chunk commits on
 * its own; on PostgreSQL several processes may run this (workspaces are locked one at a time).
 */
/** Chunks between refreshes of the planner's statistics. */
const statisticsEvery = 40;

export function startEventProcessor(database: Database, log: FastifyBaseLogger, consumers: EventConsumer[] = [], idleMs = 250): EventProcessor {
  let stopped = false;
  let wakeUp: (() => void) | null = null;
  const rest = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        wakeUp = null;
        resolve();
      }, ms);
      wakeUp = () => {
        clearTimeout(timer);
        wakeUp = null;
        resolve();
      };
    });
  let chunks = 0;
  const done = (async () => {
    while (!stopped) {
      try {
        // A stream of events outruns autovacuum (and PGlite has none); without fresh statistics
        // the planner takes the growing tables for empty ones and joins them row by row.
        if (++chunks % statisticsEvery === 1) await refreshStatistics(database.db, ['events', 'contact_identities', 'event_inbox', 'contacts']);
        if ((await processChunk(database, log, consumers)) === 0) await rest(idleMs);
        // Let waiting requests in between chunks (PGlite resolves queries without yielding).
        else await new Promise((resolve) => setImmediate(resolve));
      } catch (err) {
        // The chunk rolled back and stays in the inbox; it is tried again after a pause.
        log.error({ err }, 'event processing failed; retrying');
        await rest(5000);
      }
    }
  })();
  return {
    wake: () => wakeUp?.(),
    stop: async () => {
      stopped = true;
      wakeUp?.();
      await done;
    },
  };
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
