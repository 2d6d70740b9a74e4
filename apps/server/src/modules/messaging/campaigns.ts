import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import {
  audienceEstimateInputSchema,
  campaignInputSchema,
  campaignReadySchema,
  endTestInputSchema,
  type AudienceEstimate,
  type AudienceEstimateInput,
  type Campaign,
  type CampaignInput,
  type EndTestInput,
  type Page,
  type PageQuery,
} from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { withWorkspace, type Db } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { decodeCursor, isUuid, toPage } from '../../platform/pagination.js';
import { diffFields, recordAudit } from '../audit/index.js';
import { countSubscribed } from '../contacts/index.js';
import { audienceQuery, existingSegmentIds } from '../segments/index.js';
import { campaigns, type CampaignVariant } from './campaigns.schema.js';
import { findCouponPool } from './coupons.js';
import { messageSends, messageTemplates } from './messaging.schema.js';

type Row = typeof campaigns.$inferSelect;
const iso = (d: Date | null) => d?.toISOString() ?? null;

export const toCampaign = (r: Row): Campaign => ({
  id: r.id,
  name: r.name,
  status: r.status,
  channel: r.channel,
  purpose: r.purpose,
  audience: r.audience,
  variants: r.variants,
  abTest: r.abTest ?? null,
  holdoutPercent: r.holdoutPercent,
  schedule: r.schedule,
  couponPoolId: r.couponPoolId,
  launchAt: iso(r.launchAt),
  launchedAt: iso(r.launchedAt),
  testEndsAt: iso(r.testEndsAt),
  winner: r.winner,
  winnerReason: r.winnerReason,
  audienceSize: r.audienceSize,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/** An error per audience segment the workspace does not have, at its place in the audience. */
async function unknownSegments(tx: Db, ws: string, audience: { include: string[]; exclude: string[] }): Promise<{ path: string; message: string }[]> {
  const segs = await existingSegmentIds(tx, ws, [...audience.include, ...audience.exclude]);
  return (['include', 'exclude'] as const).flatMap((side) =>
    audience[side].flatMap((id, i) => (segs.has(id) ? [] : [{ path: `audience.${side}.${i}`, message: 'No such segment' }])),
  );
}

/**
 * Checks what a campaign names exists in the workspace, and freezes the templates' versions:
 * a campaign sends what was approved, even if a template is edited afterwards. A draft may lack
 * segments and templates still; `ready` (scheduling) requires them.
 */
async function resolve(tx: Db, ws: string, d: ReturnType<typeof campaignInputSchema.parse>, ready = false) {
  const errors = await unknownSegments(tx, ws, d.audience);
  if (ready) {
    const gaps = campaignReadySchema.safeParse(d);
    if (!gaps.success) errors.push(...gaps.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  }
  const picked = d.variants.flatMap((v) => (v.templateId ? [v.templateId] : []));
  const templates = picked.length
    ? await tx
        .select({ id: messageTemplates.id, channel: messageTemplates.channel, version: messageTemplates.version })
        .from(messageTemplates)
        .where(and(eq(messageTemplates.workspaceId, ws), inArray(messageTemplates.id, picked)))
    : [];
  const byId = new Map(templates.map((t) => [t.id, t]));
  const channel = d.channel ?? byId.get(picked[0] ?? '')?.channel ?? 'email';
  const variants: CampaignVariant[] = [];
  d.variants.forEach((v, i) => {
    if (!v.templateId) return variants.push({ key: v.key, templateId: null, templateVersion: null, weight: v.weight });
    const t = byId.get(v.templateId);
    if (!t) return errors.push({ path: `variants.${i}.templateId`, message: 'No such template' });
    if (t.channel !== channel) errors.push({ path: `variants.${i}.templateId`, message: `Every variant goes out on one channel (${channel})` });
    variants.push({ key: v.key, templateId: t.id, templateVersion: t.version, weight: v.weight });
  });
  const pool = d.couponPoolId ? await findCouponPool(tx, ws, d.couponPoolId) : null;
  if (d.couponPoolId && !pool) errors.push({ path: 'couponPoolId', message: 'No such coupon pool' });
  if (pool?.archivedAt) errors.push({ path: 'couponPoolId', message: 'The coupon pool is archived; unarchive it or pick another' });
  if (d.schedule.kind === 'at' && new Date(d.schedule.at).getTime() < Date.now() - 60_000) errors.push({ path: 'schedule.at', message: 'That moment has passed' });
  // The last place on Earth to reach the hour is at UTC−12.
  if (d.schedule.kind === 'local' && Date.parse(`${d.schedule.date}T${d.schedule.time}:00-12:00`) < Date.now()) errors.push({ path: 'schedule.date', message: 'That hour has passed everywhere' });
  if (errors.length) throw new AppError('validation_failed', ready ? 'The campaign is not ready to schedule' : 'The campaign is not valid', { errors });
  return { channel, variants };
}

/** Changes a campaign this transaction has locked, with an audit entry of what changed. */
async function saveRow(tx: Db, ctx: Ctx, row: Row, set: Partial<Row>): Promise<Campaign> {
  const [updated] = await tx
    .update(campaigns)
    .set({ ...set, updatedAt: new Date() })
    .where(and(eq(campaigns.workspaceId, ctx.workspaceId), eq(campaigns.id, row.id)))
    .returning();
  await audit(tx, ctx, row, 'update', row, updated!);
  return toCampaign(updated!);
}

async function loadRow(tx: Db, ws: string, id: string, forUpdate = false): Promise<Row> {
  if (!isUuid(id)) throw notFound('Campaign');
  const q = tx
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.workspaceId, ws), eq(campaigns.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  if (!row) throw notFound('Campaign');
  return row;
}

/** Who created, edited, scheduled, cancelled or deleted a campaign, in the workspace's audit log. */
const audited = (r: Row) => ({ name: r.name, status: r.status, audience: r.audience, variants: r.variants, abTest: r.abTest, holdoutPercent: r.holdoutPercent, schedule: r.schedule });
const audit = (tx: Db, ctx: Ctx, row: Row, action: 'create' | 'update' | 'delete', before: Row | null, after: Row | null) =>
  recordAudit(tx, ctx, { entity: 'campaign', entityId: row.id, action, changes: diffFields(before && audited(before), after && audited(after)) });

const fields = (d: ReturnType<typeof campaignInputSchema.parse>, r: Awaited<ReturnType<typeof resolve>>) => ({
  name: d.name,
  purpose: d.purpose,
  channel: r.channel,
  audience: d.audience,
  variants: r.variants,
  abTest: d.abTest ?? null,
  holdoutPercent: d.holdoutPercent,
  schedule: d.schedule,
  couponPoolId: d.couponPoolId ?? null,
});

export async function createCampaign(ctx: Ctx, input: CampaignInput): Promise<Campaign> {
  const d = campaignInputSchema.parse(input);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const [row] = await tx
      .insert(campaigns)
      .values({ id: uuidv7(), workspaceId: ctx.workspaceId, status: 'draft', ...fields(d, await resolve(tx, ctx.workspaceId, d)) })
      .returning();
    await audit(tx, ctx, row!, 'create', null, row!);
    return toCampaign(row!);
  });
}

/** A draft is edited freely; once scheduled, it must be cancelled (or sent) first. */
export async function updateCampaign(ctx: Ctx, id: string, input: CampaignInput): Promise<Campaign> {
  const d = campaignInputSchema.parse(input);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const row = await loadRow(tx, ctx.workspaceId, id, true);
    if (row.status !== 'draft') throw new AppError('conflict', `A ${row.status} campaign cannot be edited; only drafts can`);
    return saveRow(tx, ctx, row, fields(d, await resolve(tx, ctx.workspaceId, d)));
  });
}

export const getCampaign = (ctx: Ctx, id: string) => withWorkspace(ctx.db, ctx.workspaceId, async (tx) => toCampaign(await loadRow(tx, ctx.workspaceId, id)));

export async function listCampaigns(ctx: Ctx, q: PageQuery & { status?: Row['status'] | undefined }): Promise<Page<Campaign>> {
  const before = decodeCursor(q.cursor, isUuid);
  const rows = await withWorkspace(ctx.db, ctx.workspaceId, (tx) =>
    tx
      .select()
      .from(campaigns)
      .where(and(eq(campaigns.workspaceId, ctx.workspaceId), q.status ? eq(campaigns.status, q.status) : undefined, before ? lt(campaigns.id, before) : undefined))
      .orderBy(desc(campaigns.id))
      .limit(q.limit + 1),
  );
  const page = toPage(rows, q.limit, (r) => r.id);
  return { data: page.data.map(toCampaign), nextCursor: page.nextCursor };
}

export async function deleteCampaign(ctx: Ctx, id: string): Promise<void> {
  await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const row = await loadRow(tx, ctx.workspaceId, id, true);
    if (row.status !== 'draft') throw new AppError('conflict', 'Only drafts can be deleted; cancel the campaign instead, so its results stay');
    await tx.delete(campaigns).where(and(eq(campaigns.workspaceId, ctx.workspaceId), eq(campaigns.id, row.id)));
    await audit(tx, ctx, row, 'delete', row, null);
  });
}

/** The earliest moment anywhere on Earth that a local-time schedule reaches (UTC+14). */
const earliestLocal = (date: string, time: string) => new Date(`${date}T${time}:00+14:00`);

/** Schedules a draft: templates are checked again and frozen at their current versions. */
export async function scheduleCampaign(ctx: Ctx, id: string, wake: () => void): Promise<Campaign> {
  const result = await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const row = await loadRow(tx, ctx.workspaceId, id, true);
    if (row.status !== 'draft') throw new AppError('conflict', `The campaign is ${row.status}; only a draft can be scheduled`);
    const d = campaignInputSchema.parse({
      name: row.name,
      purpose: row.purpose,
      audience: row.audience,
      channel: row.channel,
      variants: row.variants.map((v) => ({ key: v.key, templateId: v.templateId, weight: v.weight })),
      abTest: row.abTest,
      holdoutPercent: row.holdoutPercent,
      schedule: row.schedule,
      couponPoolId: row.couponPoolId,
    });
    const r = await resolve(tx, ctx.workspaceId, d, true);
    const s = row.schedule;
    const launchAt = s.kind === 'now' ? new Date() : s.kind === 'at' ? new Date(s.at) : earliestLocal(s.date, s.time);
    return saveRow(tx, ctx, row, { status: 'scheduled', variants: r.variants, launchAt });
  });
  wake();
  return result;
}

/** Stops a campaign: nothing more is queued, and its messages not yet sent are skipped. */
export async function cancelCampaign(ctx: Ctx, id: string): Promise<Campaign> {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const row = await loadRow(tx, ctx.workspaceId, id, true);
    // A sent campaign may still hold messages waiting for their local hour: those are skipped.
    if (row.status === 'cancelled' || row.status === 'draft') throw new AppError('conflict', `A ${row.status} campaign cannot be cancelled`);
    await tx
      .update(messageSends)
      .set({ status: 'skipped', reason: 'campaign_cancelled' })
      .where(and(eq(messageSends.workspaceId, ctx.workspaceId), eq(messageSends.sourceKind, 'campaign'), eq(messageSends.sourceId, row.id), sql`${messageSends.status} = 'queued'`));
    return saveRow(tx, ctx, row, { status: 'cancelled' });
  });
}

/** How many an audience would reach now: its contacts, and those subscribed on the channel. */
export async function estimateAudience(ctx: Ctx, input: AudienceEstimateInput): Promise<AudienceEstimate> {
  const d = audienceEstimateInputSchema.parse(input);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const errors = await unknownSegments(tx, ctx.workspaceId, d.audience);
    if (errors.length) throw new AppError('validation_failed', 'The audience names segments the workspace does not have', { errors });
    return countSubscribed(tx, ctx.workspaceId, d.channel, audienceQuery(ctx.workspaceId, d.audience));
  });
}

/**
 * Ends an A/B test before its wait is over: the named variant wins, or the best so far by the
 * test's metric. The campaign worker then sends the winner to the rest.
 */
export async function endTest(ctx: Ctx, id: string, input: EndTestInput, wake: () => void): Promise<Campaign> {
  const d = endTestInputSchema.parse(input);
  const result = await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const row = await loadRow(tx, ctx.workspaceId, id, true);
    if (row.status !== 'testing' || row.winner) throw new AppError('conflict', row.winner ? `The test is over: ${row.winner} won` : `The campaign is ${row.status}, not testing`);
    if (d.winner && !row.variants.some((v) => v.key === d.winner)) {
      throw new AppError('validation_failed', 'No such variant', { errors: [{ path: 'winner', message: `The variants are ${row.variants.map((v) => v.key).join(', ')}` }] });
    }
    const set = d.winner ? { winner: d.winner, winnerReason: `${d.winner}: chosen by ${ctx.actor.label} before the test ended`, cursor: 'r:' } : { testEndsAt: new Date() };
    return saveRow(tx, ctx, row, set);
  });
  wake();
  return result;
}
