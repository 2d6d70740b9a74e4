import { getCountries } from 'libphonenumber-js/max';
import type { IdentityRules, UpdateWorkspaceSettingsInput, WorkspaceSettings } from '@rapport/contracts';
import { defaultLifecycleStages, updateWorkspaceSettingsInputSchema } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { withWorkspace, type Db } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { recordAudit } from '../audit/index.js';
import { findSettings, upsertSettings } from './settings.repo.js';

const regions = new Set<string>(getCountries());
export const isKnownRegion = (region: string) => regions.has(region);
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
  return { defaultRegion: row?.defaultRegion ?? null, availableRegions, lifecycleStages: row?.lifecycleStages ?? defaultLifecycleStages };
}

/** The workspace's lifecycle stages, in order, for modules that validate or show them. */
export async function findLifecycleStages(tx: Db, workspaceId: string): Promise<{ key: string; label: string }[]> {
  return (await findSettings(tx, workspaceId))?.lifecycleStages ?? defaultLifecycleStages;
}

/** The default region for phone numbers, for modules that parse them. */
export async function findDefaultRegion(tx: Db, workspaceId: string): Promise<string | null> {
  return (await findSettings(tx, workspaceId))?.defaultRegion ?? null;
}

/** Identity resolution's rules (blocked values, limits per kind); none until a workspace sets them. */
export async function findIdentityRules(tx: Db, workspaceId: string): Promise<IdentityRules> {
  return (await findSettings(tx, workspaceId))?.identityRules ?? { blockedValues: [], limits: {} };
}

export async function saveIdentityRules(tx: Db, workspaceId: string, rules: IdentityRules): Promise<IdentityRules> {
  await upsertSettings(tx, workspaceId, { identityRules: rules });
  return rules;
}

export async function updateWorkspaceSettings(ctx: Ctx, input: UpdateWorkspaceSettingsInput): Promise<WorkspaceSettings> {
  const data = updateWorkspaceSettingsInputSchema.parse(input);
  const region = data.defaultRegion;
  if (region && !regions.has(region)) {
    throw new AppError('validation_failed', `Unknown region ${region}`, { errors: [{ path: 'defaultRegion', message: 'Unknown region' }] });
  }
  await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const before = await findSettings(tx, ctx.workspaceId);
    const patch = {
      ...(region !== undefined ? { defaultRegion: region } : {}),
      ...(data.lifecycleStages ? { lifecycleStages: data.lifecycleStages } : {}),
    };
    if (Object.keys(patch).length === 0) return;
    await upsertSettings(tx, ctx.workspaceId, patch);
    // Contacts keep the stage key they had; a removed stage still shows, by its key, until changed.
    await recordAudit(tx, ctx, {
      entity: 'workspace',
      entityId: ctx.workspaceId,
      action: 'update',
      changes: Object.fromEntries(
        Object.entries(patch).map(([k, after]) => [k, { before: (before as Record<string, unknown> | null)?.[k] ?? null, after }]),
      ),
    });
  });
  return getWorkspaceSettings(ctx);
}

/**
 * Settings of a new workspace, made by its creator (setup, create, the CLI): no user context yet.
 * The default region is the one given, else the one of the creator's language (`zh-TW` → TW).
 */
export async function initWorkspaceSettings(db: Db, workspaceId: string, acceptLanguage: string | null, region?: string): Promise<void> {
  if (region && !regions.has(region)) throw new AppError('validation_failed', `Unknown region ${region}; use a two-letter country code such as TW`);
  await withWorkspace(db, workspaceId, (tx) =>
    upsertSettings(tx, workspaceId, { defaultRegion: region ?? regionFromAcceptLanguage(acceptLanguage) }),
  );
}
