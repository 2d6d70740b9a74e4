import type { JobDefinition } from './platform/jobs.js';
import { authCleanupJob } from './modules/auth/index.js';
import { importJob } from './modules/imports/index.js';

/** Every module's background jobs; workers register them all. */
export const jobs: JobDefinition[] = [authCleanupJob, importJob as JobDefinition];
