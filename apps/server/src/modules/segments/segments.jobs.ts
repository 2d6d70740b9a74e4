import type { JobDefinition } from '../../platform/jobs.js';
import { recomputeModelsOf } from './models.service.js';
import { recomputeWorkspace } from './segments.membership.js';

/**
 * Conditions on time ("no order in 30 days", "last seen over a week ago") turn true with no write
 * to queue the contact, so every dynamic segment is evaluated again for everyone each hour.
 */
export const segmentsRecomputeJob: JobDefinition = {
  name: 'segments.recompute',
  cron: '5 * * * *',
  expireInSeconds: 3600,
  handler: async (_data, { database }) => {
    const { rows } = await database.query<{ workspace_id: string }>(`select distinct workspace_id from segments where kind = 'dynamic'`);
    for (const r of rows) await recomputeWorkspace(database, r.workspace_id);
  },
};

/** RFM and NASLD move with time even when no order arrives: every workspace with orders, nightly. */
export const modelsNightlyJob: JobDefinition = {
  name: 'models.nightly',
  cron: '30 2 * * *',
  expireInSeconds: 4 * 3600,
  handler: async (_data, { database }) => {
    const { rows } = await database.query<{ id: string }>(`select id from workspaces`);
    for (const r of rows) await recomputeModelsOf(database.db, r.id);
  },
};
