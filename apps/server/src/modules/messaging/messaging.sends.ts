import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { sendMessageInputSchema, type MessageSend, type Page, type PageQuery, type SendMessageInput } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { selectRows, withWorkspace, type Db } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { decodeCursor, isUuid, toPage } from '../../platform/pagination.js';
import { assertContact } from '../contacts/index.js';
import { messageSends } from './messaging.schema.js';
import { findCouponPool } from './coupons.js';
import { currentTemplate } from './messaging.templates.js';

type Row = typeof messageSends.$inferSelect;
const iso = (d: Date | null) => d?.toISOString() ?? null;

export const toSend = (r: Row): MessageSend => ({
  id: r.id,
  contactId: r.contactId,
  channel: r.channel,
  templateId: r.templateId,
  templateVersion: r.templateVersion,
  purpose: r.purpose,
  sourceKind: r.sourceKind,
  sourceId: r.sourceId,
  variant: r.variant,
  status: r.status,
  reason: r.reason,
  attempts: r.attempts,
  dueAt: r.dueAt.toISOString(),
  recipient: r.recipient,
  subject: r.subject,
  createdAt: r.createdAt.toISOString(),
  sentAt: iso(r.sentAt),
  openedAt: iso(r.openedAt),
  clickedAt: iso(r.clickedAt),
  convertedAt: iso(r.convertedAt),
  revenue: r.revenue,
  bouncedAt: iso(r.bouncedAt),
  unsubscribedAt: iso(r.unsubscribedAt),
});

/** A send to queue; campaigns and journeys build these, the API one at a time. */
export interface QueueItem {
  contactId: string;
  templateId: string;
  templateVersion: number;
  channel: Row['channel'];
  purpose: Row['purpose'];
  sourceKind: Row['sourceKind'];
  sourceId: string | null;
  variant: string | null;
  idempotencyKey: string;
  data: Record<string, unknown>;
  dueAt: Date;
}

/**
 * Queues sends in the caller's transaction. A key already queued is not queued again: its
 * existing send is returned, marked duplicate, so a retried request cannot send twice.
 */
export async function queueSends(tx: Db, workspaceId: string, items: QueueItem[]): Promise<{ row: Row; duplicate: boolean }[]> {
  if (!items.length) return [];
  const inserted = await tx
    .insert(messageSends)
    .values(items.map((i) => ({ id: uuidv7(), workspaceId, status: 'queued' as const, ...i })))
    .onConflictDoNothing({ target: [messageSends.workspaceId, messageSends.idempotencyKey] })
    .returning();
  const fresh = new Map(inserted.map((r) => [r.idempotencyKey, r]));
  const missing = items.filter((i) => !fresh.has(i.idempotencyKey)).map((i) => i.idempotencyKey);
  const existing = missing.length
    ? await tx
        .select()
        .from(messageSends)
        .where(and(eq(messageSends.workspaceId, workspaceId), inArray(messageSends.idempotencyKey, missing)))
    : [];
  const old = new Map(existing.map((r) => [r.idempotencyKey, r]));
  return items.map((i) => (fresh.has(i.idempotencyKey) ? { row: fresh.get(i.idempotencyKey)!, duplicate: false } : { row: old.get(i.idempotencyKey)!, duplicate: true }));
}

/**
 * Queues many sends in one statement without reading them back, for campaigns: the items go in
 * as one JSON parameter (a row per item would pass Postgres's 65,535-parameter limit at 5,000).
 * Keys already queued are left as they are. Returns how many were new.
 */
export async function queueSendsInBulk(tx: Db, workspaceId: string, items: QueueItem[]): Promise<number> {
  if (!items.length) return 0;
  const json = JSON.stringify(
    items.map((i) => ({
      id: uuidv7(),
      idempotency_key: i.idempotencyKey,
      contact_id: i.contactId,
      channel: i.channel,
      template_id: i.templateId,
      template_version: i.templateVersion,
      purpose: i.purpose,
      source_kind: i.sourceKind,
      source_id: i.sourceId,
      variant: i.variant,
      data: i.data,
      due_at: i.dueAt.toISOString(),
    })),
  );
  const [row] = await selectRows<{ n: number }>(
    tx,
    sql`with added as (
          insert into message_sends (id, workspace_id, idempotency_key, contact_id, channel, template_id, template_version, purpose, source_kind, source_id, variant, data, due_at)
          select x.id, ${workspaceId}, x.idempotency_key, x.contact_id, x.channel, x.template_id, x.template_version, x.purpose, x.source_kind, x.source_id, x.variant, x.data, x.due_at
          from jsonb_to_recordset(${json}::jsonb) as x(id uuid, idempotency_key text, contact_id uuid, channel text, template_id uuid, template_version int,
            purpose text, source_kind text, source_id text, variant text, data jsonb, due_at timestamptz)
          on conflict (workspace_id, idempotency_key) do nothing
          returning 1
        ) select count(*)::int as n from added`,
  );
  return row?.n ?? 0;
}

/** One message through the API: a template's current version to one contact, queued for the worker. */
export async function sendMessage(ctx: Ctx, input: SendMessageInput): Promise<MessageSend & { duplicate: boolean }> {
  const d = sendMessageInputSchema.parse(input);
  await assertContact(ctx, d.contactId);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const template = await currentTemplate(tx, ctx, d.templateId);
    if (d.couponPoolId && !(await findCouponPool(tx, ctx.workspaceId, d.couponPoolId))) throw notFound('Coupon pool');
    const [result] = await queueSends(tx, ctx.workspaceId, [
      {
        contactId: d.contactId,
        templateId: template.id,
        templateVersion: template.version,
        channel: template.channel,
        purpose: d.purpose,
        sourceKind: 'api',
        sourceId: null,
        variant: null,
        idempotencyKey: d.idempotencyKey,
        data: { ...(d.eventProperties ? { event: d.eventProperties } : {}), ...(d.couponPoolId ? { couponPoolId: d.couponPoolId } : {}) },
        dueAt: d.sendAt ? new Date(d.sendAt) : new Date(),
      },
    ]);
    return { ...toSend(result!.row), duplicate: result!.duplicate };
  });
}

export async function listSends(
  ctx: Ctx,
  q: PageQuery & { contactId?: string | undefined; status?: Row['status'] | undefined; sourceKind?: Row['sourceKind'] | undefined; sourceId?: string | undefined },
): Promise<Page<MessageSend>> {
  const before = decodeCursor(q.cursor, isUuid);
  const rows = await withWorkspace(ctx.db, ctx.workspaceId, (tx) =>
    tx
      .select()
      .from(messageSends)
      .where(
        and(
          eq(messageSends.workspaceId, ctx.workspaceId),
          q.contactId ? eq(messageSends.contactId, q.contactId) : undefined,
          q.status ? eq(messageSends.status, q.status) : undefined,
          q.sourceKind ? eq(messageSends.sourceKind, q.sourceKind) : undefined,
          q.sourceId ? eq(messageSends.sourceId, q.sourceId) : undefined,
          before ? lt(messageSends.id, before) : undefined,
        ),
      )
      .orderBy(desc(messageSends.id))
      .limit(q.limit + 1),
  );
  const page = toPage(rows, q.limit, (r) => r.id);
  return { data: page.data.map(toSend), nextCursor: page.nextCursor };
}

export async function getSend(ctx: Ctx, id: string): Promise<MessageSend> {
  const [row] = isUuid(id)
    ? await withWorkspace(ctx.db, ctx.workspaceId, (tx) =>
        tx
          .select()
          .from(messageSends)
          .where(and(eq(messageSends.workspaceId, ctx.workspaceId), eq(messageSends.id, id))),
      )
    : [];
  if (!row) throw notFound('Message');
  return toSend(row);
}
