import { getCountries } from 'libphonenumber-js/max';
import type { UpdateWorkspaceSettingsInput, WorkspaceSettings } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { withWorkspace, type Db } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { recordAudit } from '../audit/index.js';
import { findSettings, upsertSettings } from './settings.repo.js';

const regions = new Set<string>(getCountries());
const availableRegions = [...regions].sort();

/**
 * A workspace's first default region, from the creator's browser languages ("zh-TW,zh;q=0.9"):
 * the first tag that names a region we know. Languages alone (ja, zh) name no region.
 */
export function regionFromAcceptLanguage(header: string | null | undefined): string | null {
  for (const part of (header ?? '').split(',')) {
    const region = part.split(';')[0]!.trim().split('-')[1]?.toUpperCase();
    if (region && regions.has(region)) return region;
  }
  return null;
}

export async function getWorkspaceSettings(ctx: Ctx): Promise<WorkspaceSettings> {
  const row = await withWorkspace(ctx.db, ctx.workspaceId, (tx) => findSettings(tx, ctx.workspaceId));
  return { defaultRegion: row?.defaultRegion ?? null, availableRegions };
}

/** The default region for phone numbers, for modules that parse them. */
export async function findDefaultRegion(tx: Db, workspaceId: string): Promise<string | null> {
  return (await findSettings(tx, workspaceId))?.defaultRegion ?? null;
}

export async function updateWorkspaceSettings(ctx: Ctx, input: UpdateWorkspaceSettingsInput): Promise<WorkspaceSettings> {
  const region = input.defaultRegion;
  if (region && !regions.has(region)) {
    throw new AppError('validation_failed', `Unknown region ${region}`, { errors: [{ path: 'defaultRegion', message: 'Unknown region' }] });
  }
  await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const before = await findSettings(tx, ctx.workspaceId);
    if (region === undefined) return;
    await upsertSettings(tx, ctx.workspaceId, { defaultRegion: region });
    await recordAudit(tx, ctx, {
      entity: 'workspace',
      entityId: ctx.workspaceId,
      action: 'update',
      changes: { defaultRegion: { before: before?.defaultRegion ?? null, after: region } },
    });
  });
  return getWorkspaceSettings(ctx);
}

/** Settings of a new workspace, made by its creator (setup, create): no user context yet. */
export async function initWorkspaceSettings(db: Db, workspaceId: string, acceptLanguage: string | null): Promise<void> {
  await withWorkspace(db, workspaceId, (tx) =>
    upsertSettings(tx, workspaceId, { defaultRegion: regionFromAcceptLanguage(acceptLanguage) }),
  );
}
