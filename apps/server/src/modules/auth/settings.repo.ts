import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { workspaceSettings } from './auth.schema.js';

export async function findSettings(db: Db, workspaceId: string) {
  const [row] = await db.select().from(workspaceSettings).where(eq(workspaceSettings.workspaceId, workspaceId));
  return row ?? null;
}

export async function upsertSettings(db: Db, workspaceId: string, values: { defaultRegion?: string | null; lifecycleStages?: { key: string; label: string }[]; identityRules?: { blockedValues: string[]; limits: Record<string, number> } }): Promise<void> {
  await db
    .insert(workspaceSettings)
    .values({ workspaceId, ...values })
    .onConflictDoUpdate({ target: workspaceSettings.workspaceId, set: { ...values, updatedAt: new Date() } });
}
