import { modelSettingsPatchSchema, modelSettingsSchema, type ModelSettings, type RecomputeResult } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { withWorkspace, type Db } from '../../platform/db.js';
import { findLifecycleStages } from '../auth/index.js';
import { computeNasld, computeRfm, findModelSettings, nasldReport, rfmReport, saveModelSettings } from '../models/index.js';
import { segmentEnv } from './segments.fields.js';
import { applyLifecycle, validateLifecycle } from './segments.lifecycle.js';
import { allowWideSets, refreshAllSegments } from './segments.membership.js';

export const getModelSettings = (ctx: Ctx) => withWorkspace(ctx.db, ctx.workspaceId, (tx) => findModelSettings(tx, ctx.workspaceId));

export async function updateModelSettings(ctx: Ctx, patch: Partial<ModelSettings>): Promise<ModelSettings> {
  const data = modelSettingsPatchSchema.parse(patch);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const next = modelSettingsSchema.parse({ ...(await findModelSettings(tx, ctx.workspaceId)), ...data });
    if (data.lifecycle) {
      const stages = (await findLifecycleStages(tx, ctx.workspaceId)).map((s) => s.key);
      validateLifecycle(next.lifecycle, await segmentEnv(tx, ctx.workspaceId), stages);
    }
    await saveModelSettings(tx, ctx.workspaceId, next);
    return next;
  });
}

const timed = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const out = await fn();
  return [out, Math.round(performance.now() - started)];
};

/**
 * RFM, NASLD and lifecycle rules for the whole workspace in one transaction, then every dynamic
 * segment (model outputs feed them), each in its own (see refreshAllSegments). `asOf` evaluates
 * NASLD at another moment (tests, backfills).
 */
export async function recomputeModelsOf(db: Db, workspaceId: string, asOf?: Date): Promise<RecomputeResult> {
  const models = await withWorkspace(db, workspaceId, async (tx) => {
    const settings = await findModelSettings(tx, workspaceId);
    await allowWideSets(tx);
    const [scored, rfmMs] = await timed(() => computeRfm(tx, workspaceId, settings.rfm.rules));
    const [nasld, nasldMs] = await timed(() => computeNasld(tx, workspaceId, settings.nasld, asOf));
    const env = await segmentEnv(tx, workspaceId);
    const [{ changed }, lifecycleMs] = await timed(() => applyLifecycle(tx, env, settings.lifecycle, null));
    return {
      rfm: { scored, ms: rfmMs },
      nasld: { contacts: nasld.contacts, changed: nasld.changed, ms: nasldMs },
      lifecycle: { changed, ms: lifecycleMs },
    };
  });
  const [recomputed, segmentsMs] = await timed(() => refreshAllSegments(db, workspaceId));
  return { ...models, segments: { recomputed, ms: segmentsMs } };
}

export const recomputeModels = (ctx: Ctx) => recomputeModelsOf(ctx.db, ctx.workspaceId);
export const getRfmReport = (ctx: Ctx) => withWorkspace(ctx.db, ctx.workspaceId, (tx) => rfmReport(tx, ctx.workspaceId));
export const getNasldReport = (ctx: Ctx) =>
  withWorkspace(ctx.db, ctx.workspaceId, async (tx) => nasldReport(tx, ctx.workspaceId, (await findModelSettings(tx, ctx.workspaceId)).nasld));
