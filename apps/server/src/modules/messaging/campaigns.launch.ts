import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { selectRows, withWorkspace, type Database, type Db } from '../../platform/db.js';
import { startWorkerLoop, type WorkerLoop } from '../../platform/worker-loop.js';
import { findContactsByIds } from '../contacts/index.js';
import { audiencePage } from '../segments/index.js';
import { campaignMembers, campaigns, type CampaignVariant } from './campaigns.schema.js';
import { validTimeZone } from './messaging.policy.js';
import { queueSendsInBulk, type QueueItem } from './messaging.sends.js';
import { findSettings } from './messaging.settings.js';

type Row = typeof campaigns.$inferSelect;

/** Seconds a worker holds a campaign for one step. */
const claimSeconds = 60;

/** A number in [0, 1) fixed per campaign, contact and purpose: the same contact always lands in the same bucket. */
function draw(campaignId: string, contactId: string, purpose: string): number {
  return createHash('sha1').update(`${campaignId}:${contactId}:${purpose}`).digest().readUInt32BE(0) / 2 ** 32;
}

function pickVariant(variants: CampaignVariant[], u: number): string {
  const total = variants.reduce((s, v) => s + v.weight, 0);
  let acc = 0;
  for (const v of variants) {
    acc += v.weight / total;
    if (u < acc) return v.key;
  }
  return variants.at(-1)!.key;
}

/** The bucket of one contact: holdout first, then the test pool, the rest waiting for the winner. */
function bucketOf(c: Row, contactId: string): { bucket: 'test' | 'rest' | 'holdout'; variant: string | null } {
  const u = draw(c.id, contactId, 'bucket') * 100;
  if (u < c.holdoutPercent) return { bucket: 'holdout', variant: null };
  if (c.abTest && u >= c.holdoutPercent + c.abTest.testPercent) return { bucket: 'rest', variant: null };
  return { bucket: 'test', variant: pickVariant(c.variants, draw(c.id, contactId, 'variant')) };
}

/** The offset of a time zone from UTC at an instant, in minutes. */
function offsetMinutes(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(new Date(at));
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return (Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - at) / 60_000;
}

/** The instant a wall-clock date and time happen in a time zone (twice corrected, for DST edges). */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const guess = Date.parse(`${date}T${time}:00Z`);
  const first = guess - offsetMinutes(guess, timeZone) * 60_000;
  return new Date(guess - offsetMinutes(first, timeZone) * 60_000);
}

/** Puts a page of the audience into buckets; returns how many it took. */
async function materialize(tx: Db, c: Row, chunk: number): Promise<number> {
  const { ids, next } = await audiencePage(tx, c.workspaceId, c.audience, c.cursor, chunk);
  if (ids.length) {
    await tx
      .insert(campaignMembers)
      .values(ids.map((contactId) => ({ workspaceId: c.workspaceId, campaignId: c.id, contactId, ...bucketOf(c, contactId) })))
      .onConflictDoNothing();
  }
  const cursor = next ?? 'q:';
  await tx.update(campaigns).set({ cursor }).where(and(eq(campaigns.workspaceId, c.workspaceId), eq(campaigns.id, c.id)));
  return ids.length;
}

/**
 * Queues the sends of a page of members (the test pool, or the rest with the winner), with each
 * contact's local time when the schedule asks for one, and moves the cursor in the same
 * transaction: a crash repeats at most an uncommitted page, whose keys make it harmless.
 */
async function queuePage(tx: Db, c: Row, phase: 'q' | 'r', chunk: number): Promise<number> {
  const after = c.cursor!.slice(2) || null;
  const members = await selectRows<{ contact_id: string; variant: string | null }>(
    tx,
    sql`select contact_id, variant from campaign_members where campaign_id = ${c.id} and bucket = ${phase === 'q' ? 'test' : 'rest'}
        ${after ? sql`and contact_id > ${after}::uuid` : sql``} order by contact_id limit ${chunk}`,
  );
  const byKey = new Map(c.variants.map((v) => [v.key, v]));
  const s = c.schedule;
  const settings = s.kind === 'local' ? await findSettings(tx, c.workspaceId) : null;
  const zones = s.kind === 'local' ? new Map((await findContactsByIds(tx, c.workspaceId, members.map((m) => m.contact_id))).map((x) => [x.id, validTimeZone(x.timezone)])) : null;
  const byZone = new Map<string, Date>();
  const now = new Date();
  const dueAt = (contactId: string): Date => {
    if (s.kind !== 'local') return s.kind === 'at' ? new Date(Math.max(Date.parse(s.at), now.getTime())) : now;
    const tz = zones!.get(contactId) ?? settings!.timeZone;
    if (!byZone.has(tz)) byZone.set(tz, zonedInstant(s.date, s.time, tz));
    // Past the hour already where the contact lives: now, rather than a day late.
    return new Date(Math.max(byZone.get(tz)!.getTime(), now.getTime()));
  };
  const items: QueueItem[] = members.map((m) => {
    const v = byKey.get(phase === 'q' ? m.variant! : c.winner!)!;
    // Scheduling refuses a variant without a template, so a launched campaign's all have one.
    if (v.templateId === null || v.templateVersion === null) throw new Error(`Campaign ${c.id}: variant ${v.key} has no template`);
    return {
      contactId: m.contact_id,
      templateId: v.templateId,
      templateVersion: v.templateVersion,
      channel: c.channel,
      purpose: c.purpose,
      sourceKind: 'campaign',
      sourceId: c.id,
      variant: v.key,
      idempotencyKey: `campaign:${c.id}:${m.contact_id}`,
      data: c.couponPoolId ? { couponPoolId: c.couponPoolId } : {},
      dueAt: dueAt(m.contact_id),
    };
  });
  await queueSendsInBulk(tx, c.workspaceId, items);
  const done = members.length < chunk;
  const next: Partial<Row> = done
    ? phase === 'q' && c.abTest
      ? { status: 'testing', cursor: 'done', testEndsAt: new Date(Date.now() + c.abTest.waitHours * 3_600_000) }
      : { status: 'sent', cursor: 'done' }
    : { cursor: `${phase}:${members.at(-1)!.contact_id}` };
  if (done && phase === 'q') {
    const [n] = await selectRows<{ n: number }>(tx, sql`select count(*)::int as n from campaign_members where campaign_id = ${c.id}`);
    next.audienceSize = n?.n ?? 0;
  }
  await tx.update(campaigns).set(next).where(and(eq(campaigns.workspaceId, c.workspaceId), eq(campaigns.id, c.id)));
  return members.length;
}

/** After the test: the variant with the best rate of the chosen metric among its sent messages wins. */
async function pickWinner(tx: Db, c: Row): Promise<void> {
  const metric = c.abTest!.metric;
  const rows = await selectRows<{ variant: string; sent: number; hits: number }>(
    tx,
    sql`select variant, count(*) filter (where status = 'sent')::int as sent,
          count(*) filter (where ${metric === 'open' ? sql`opened_at` : sql`clicked_at`} is not null)::int as hits
        from message_sends where workspace_id = ${c.workspaceId} and source_kind = 'campaign' and source_id = ${c.id} group by variant`,
  );
  const rate = (r: { sent: number; hits: number }) => (r.sent ? r.hits / r.sent : 0);
  const ranked = c.variants.map((v) => rows.find((r) => r.variant === v.key) ?? { variant: v.key, sent: 0, hits: 0 }).sort((a, b) => rate(b) - rate(a));
  const best = ranked[0]!;
  const reason = ranked.map((r) => `${r.variant}: ${r.hits}/${r.sent} ${metric === 'open' ? 'opened' : 'clicked'}`).join(', ');
  await tx
    .update(campaigns)
    .set({ winner: best.variant, winnerReason: best.sent ? reason : `no messages sent in the test; ${best.variant} by default`, cursor: 'r:' })
    .where(and(eq(campaigns.workspaceId, c.workspaceId), eq(campaigns.id, c.id)));
}

/** One step of one due campaign. Returns 0 when nothing was due. */
export async function advanceCampaigns(database: Database, chunk = 5000): Promise<number> {
  const [due] = await selectRows<{ id: string; workspace_id: string }>(
    database.db,
    sql`select id, workspace_id from campaigns
        where ((status = 'scheduled' and launch_at <= now()) or status = 'launching' or (status = 'testing' and (test_ends_at <= now() or winner is not null)))
          and (claimed_until is null or claimed_until < now())
        order by launch_at limit 1`,
  );
  if (!due) return 0;
  const ws = due.workspace_id;
  const [c] = await withWorkspace(database.db, ws, (tx) =>
    tx
      .update(campaigns)
      .set({ claimedUntil: sql`now() + make_interval(secs => ${claimSeconds})` })
      .where(and(eq(campaigns.workspaceId, ws), eq(campaigns.id, due.id), sql`(${campaigns.claimedUntil} is null or ${campaigns.claimedUntil} < now())`))
      .returning(),
  );
  if (!c) return 1;
  await withWorkspace(database.db, ws, async (tx) => {
    if (c.status === 'scheduled') await tx.update(campaigns).set({ status: 'launching', launchedAt: new Date(), cursor: null }).where(eq(campaigns.id, c.id));
    else if (c.status === 'launching' && !c.cursor?.startsWith('q:')) await materialize(tx, c, chunk);
    else if (c.status === 'launching') await queuePage(tx, c, 'q', chunk);
    else if (c.status === 'testing' && !c.winner) await pickWinner(tx, c);
    else if (c.status === 'testing') await queuePage(tx, c, 'r', chunk);
    await tx.update(campaigns).set({ claimedUntil: null, updatedAt: new Date() }).where(eq(campaigns.id, c.id));
  });
  return 1;
}

export function startCampaignWorker(database: Database, log: FastifyBaseLogger, idleMs = 2000): WorkerLoop {
  return startWorkerLoop({ step: () => advanceCampaigns(database), idleMs, log, failure: 'campaign step failed; retrying' });
}
