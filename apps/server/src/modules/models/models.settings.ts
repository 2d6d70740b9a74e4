import { sql } from 'drizzle-orm';
import { defaultNasldSettings, defaultRfmRules, modelSettingsSchema, type ModelSettings } from '@rapport/contracts';
import { selectRows, type Db } from '../../platform/db.js';

export const defaultModelSettings = (): ModelSettings => ({
  rfm: { rules: defaultRfmRules },
  nasld: defaultNasldSettings,
  lifecycle: { enabled: false, rules: [] },
});

/** The workspace's model settings; defaults until it saves its own. */
export async function findModelSettings(tx: Db, workspaceId: string): Promise<ModelSettings> {
  const [row] = await selectRows<{ settings: unknown }>(tx, sql`select settings from model_settings where workspace_id = ${workspaceId}`);
  if (!row) return defaultModelSettings();
  // Settings saved by an older version keep working: missing parts take their defaults.
  const parsed = modelSettingsSchema.safeParse({ ...defaultModelSettings(), ...(row.settings as object) });
  return parsed.success ? parsed.data : defaultModelSettings();
}

export async function saveModelSettings(tx: Db, workspaceId: string, settings: ModelSettings): Promise<void> {
  await tx.execute(sql`
    insert into model_settings (workspace_id, settings, updated_at) values (${workspaceId}, ${JSON.stringify(settings)}::jsonb, now())
    on conflict (workspace_id) do update set settings = excluded.settings, updated_at = now()`);
}
