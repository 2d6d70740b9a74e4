import type { JobDefinition } from '../../platform/jobs.js';
import { runImport } from './imports.run.js';

export const importJobName = 'imports.run';

/**
 * Runs an import. A retry or a second worker resumes from the last committed batch, so the queue
 * may deliver the job more than once without importing anything twice.
 */
export const importJob: JobDefinition<{ workspaceId: string; importId: string }> = {
  name: importJobName,
  handler: ({ workspaceId, importId }, { database, log }) => runImport(database.db, workspaceId, importId, log),
  retryLimit: 5,
  // A million rows can take longer than pg-boss's default 15 minutes.
  expireInSeconds: 6 * 3600,
};
