import type { JobDefinition } from './platform/jobs.js';
import { authCleanupJob } from './modules/auth/index.js';

/** Every module's background jobs; workers register them all. */
export const jobs: JobDefinition[] = [authCleanupJob];
