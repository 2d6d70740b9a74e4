import { sql } from 'drizzle-orm';
import type { JobDefinition } from './platform/jobs.js';
import { authCleanupJob } from './modules/auth/index.js';
import { eventsCleanupJob } from './modules/events/index.js';
import { importJob } from './modules/imports/index.js';
import { journeyDatesJob } from './modules/journeys/index.js';
import { outboxRetentionJob } from './modules/messaging/index.js';
import { modelsNightlyJob, segmentsRecomputeJob } from './modules/segments/index.js';

/**
 * PGlite has no autovacuum, so nothing else ever gathers the planner's statistics there, and
 * without them lists and searches pick plans that read every row. PostgreSQL does this itself.
 */
const analyzeJob: JobDefinition = {
  name: 'db.analyze',
  cron: '*/10 * * * *',
  handler: async (_data, { database }) => {
    if (database.kind === 'pglite') await database.db.execute(sql`analyze`);
  },
};

/** Every module's background jobs; workers register them all. */
export const jobs: JobDefinition[] = [authCleanupJob, importJob as JobDefinition, analyzeJob, eventsCleanupJob, segmentsRecomputeJob, modelsNightlyJob, journeyDatesJob, outboxRetentionJob];
