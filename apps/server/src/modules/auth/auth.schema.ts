import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { workspaces } from '../../platform/auth/schema.js';

/** Rapport's own per-workspace settings (better-auth's workspace row stays better-auth's). */
export const workspaceSettings = pgTable('workspace_settings', {
  workspaceId: text('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  defaultRegion: text('default_region'),
  /** Null until the workspace edits them: the defaults then apply. */
  lifecycleStages: jsonb('lifecycle_stages').$type<{ key: string; label: string }[]>(),
  /** Identity resolution: blocked values and limits per kind; null until edited (defaults apply). */
  identityRules: jsonb('identity_rules').$type<{ blockedValues: string[]; limits: Record<string, number> }>(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
