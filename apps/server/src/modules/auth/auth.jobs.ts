import type { JobDefinition } from '../../platform/jobs.js';
import { purgeExpiredAuthRows } from './auth.repo.js';

/** Nightly: drop expired sessions and verification tokens, and cancel lapsed invitations. */
export const authCleanupJob: JobDefinition = {
  name: 'auth.cleanup',
  cron: '17 3 * * *',
  handler: async (_data, { database }) => {
    await purgeExpiredAuthRows(database.db);
  },
};
