import { and, eq, sql } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { deliveryFeedbackSchema, messageEventNames } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { selectRows, withWorkspace, type Database, type Db } from '../../platform/db.js';
import { isUuid } from '../../platform/pagination.js';
import { recordConsentChange } from '../contacts/index.js';
import { findOrderFacts } from '../commerce/index.js';
import { redeemCoupons } from './coupons.js';
import { recordEngagement } from './messaging.deliver.js';
import { messageSends, messageSuppressions } from './messaging.schema.js';
import { findSettings } from './messaging.settings.js';

export interface FeedbackResult {
  index: number;
  status: 'recorded' | 'rejected';
  reason?: string;
  sendId?: string | null;
}

/** The send a Message-ID names: Rapport makes them "<send id>@<host>". */
const sendIdOf = (messageId: string | undefined) => {
  const id = messageId?.replace(/^</, '').split('@')[0];
  return id && isUuid(id) ? id : null;
};

/**
 * Bounces and complaints reported by a mail provider. A hard bounce or a complaint suppresses the
 * address for good; a complaint also withdraws email consent, as the contact asked not to be
 * mailed. A soft bounce is only noted on the send. Each item gets its own result.
 */
export async function recordFeedback(ctx: Ctx, items: unknown[]): Promise<{ recorded: number; rejected: number; results: FeedbackResult[] }> {
  const results: FeedbackResult[] = [];
  for (const [index, raw] of items.entries()) {
    const parsed = deliveryFeedbackSchema.safeParse(raw);
    if (!parsed.success) {
      results.push({ index, status: 'rejected', reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'item'}: ${i.message}`).join('; ') });
      continue;
    }
    const f = parsed.data;
    const sendId = await withWorkspace(ctx.db, ctx.workspaceId, (tx) => applyFeedback(tx, ctx.workspaceId, f.type, f.email?.toLowerCase() ?? null, sendIdOf(f.messageId), f.detail ?? null));
    if (sendId === undefined) results.push({ index, status: 'rejected', reason: 'no message of this workspace has that Message-ID or address' });
    else results.push({ index, status: 'recorded', sendId });
  }
  const recorded = results.filter((r) => r.status === 'recorded').length;
  return { recorded, rejected: results.length - recorded, results };
}

/** Returns the send it concerned (null: none known, but the address was suppressed), or undefined when nothing matched. */
async function applyFeedback(tx: Db, ws: string, type: 'hard_bounce' | 'soft_bounce' | 'complaint', email: string | null, sendId: string | null, detail: string | null): Promise<string | null | undefined> {
  const [send] = await tx
    .select()
    .from(messageSends)
    .where(
      and(
        eq(messageSends.workspaceId, ws),
        eq(messageSends.channel, 'email'),
        sendId ? eq(messageSends.id, sendId) : sql`${messageSends.recipient} = ${email} and ${messageSends.status} = 'sent'`,
      ),
    )
    .orderBy(sql`${messageSends.id} desc`)
    .limit(1);
  const address = email ?? send?.recipient ?? null;
  if (!send && !address) return undefined;
  if (!send && type === 'soft_bounce') return undefined;
  if (type !== 'soft_bounce' && address) {
    await tx
      .insert(messageSuppressions)
      .values({ workspaceId: ws, channel: 'email', address, reason: type, detail, sendId: send?.id ?? null })
      .onConflictDoNothing();
  }
  if (!send) return null;
  const at = sql`now()`;
  await tx
    .update(messageSends)
    .set(type === 'complaint' ? { complainedAt: sql`coalesce(${messageSends.complainedAt}, ${at})` } : { bouncedAt: sql`coalesce(${messageSends.bouncedAt}, ${at})`, reason: detail ?? type })
    .where(and(eq(messageSends.workspaceId, ws), eq(messageSends.id, send.id)));
  if (type === 'complaint') {
    await recordConsentChange(tx, ws, { contactId: send.contactId, channel: 'email', status: 'unsubscribed', source: 'unsubscribe_link', proofText: `Spam complaint about message ${send.id}`, proofIp: null });
  }
  await recordEngagement(tx, send, messageEventNames.bounced, type, { bounce_type: type, ...(detail ? { detail } : {}) });
  return send.id;
}

/**
 * Reads a delivery status notification (RFC 3464: multipart/report with a message/delivery-status
 * part), as a bounce mailbox receives it, into feedback items: a failed recipient with a 5.x.x
 * status is a hard bounce, 4.x.x a soft one. The returned headers give the Message-ID.
 */
export async function parseDsn(raw: string | Buffer): Promise<{ type: 'hard_bounce' | 'soft_bounce'; email: string; messageId?: string; detail: string }[]> {
  const mail = await simpleParser(raw);
  const type = mail.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined;
  if (type?.value?.toLowerCase() !== 'multipart/report' || type.params?.['report-type']?.toLowerCase() !== 'delivery-status') return [];
  const parts = mail.attachments.map((a) => ({ type: a.contentType.toLowerCase(), text: a.content.toString('utf8') }));
  // mailparser reads a message/delivery-status part as text, after the human-readable part.
  const status = parts.find((p) => p.type === 'message/delivery-status')?.text ?? mail.text ?? '';
  const original = parts.find((p) => p.type === 'text/rfc822-headers' || p.type === 'message/rfc822')?.text ?? '';
  const messageId = /^message-id:\s*<?([^>\s]+)>?/im.exec(original)?.[1];
  // Per-recipient fields are blocks after the per-message block, separated by blank lines.
  const blocks = status.split(/\r?\n\r?\n/).map((b) => Object.fromEntries(b.split(/\r?\n(?![ \t])/).map((l) => [l.split(':')[0]!.trim().toLowerCase(), l.slice(l.indexOf(':') + 1).trim()])));
  return blocks
    .filter((b) => b['final-recipient'] && /failed|delayed/i.test(b['action'] ?? ''))
    .map((b) => ({
      type: (b['status'] ?? '').startsWith('5') ? ('hard_bounce' as const) : ('soft_bounce' as const),
      email: b['final-recipient']!.replace(/^rfc822;\s*/i, '').toLowerCase(),
      ...(messageId ? { messageId } : {}),
      detail: [b['status'], b['diagnostic-code']].filter(Boolean).join(' ').slice(0, 1000),
    }));
}

/**
 * Credits orders to the message clicked last before them, within the workspace's window, with
 * the order's revenue, and redeems the coupon codes they used. Each order credits one message,
 * each message its first order. Drains the queue the orders trigger fills; returns how many
 * orders it took.
 */
export async function creditConversions(database: Database, batch = 500): Promise<number> {
  const [next] = await selectRows<{ workspace_id: string }>(database.db, sql`select workspace_id from message_order_queue order by queued_at limit 1`);
  if (!next) return 0;
  const ws = next.workspace_id;
  return withWorkspace(database.db, ws, async (tx) => {
    const taken = await selectRows<{ order_pk: string }>(
      tx,
      sql`delete from message_order_queue where workspace_id = ${ws} and order_pk in (
            select order_pk from message_order_queue where workspace_id = ${ws} order by queued_at limit ${batch} for update skip locked)
          returning order_pk`,
    );
    if (!taken.length) return 0;
    const orders = (await findOrderFacts(tx, ws, taken.map((t) => t.order_pk))).filter((o) => !o.isCancelled);
    await redeemCoupons(tx, ws, orders.filter((o) => o.couponCode));
    const days = (await findSettings(tx, ws)).conversionWindowDays;
    const credited = orders.filter((o) => o.contactId);
    if (!credited.length) return taken.length;
    const json = JSON.stringify(credited.map((o) => ({ id: o.id, contact_id: o.contactId, placed_at: o.placedAt.toISOString(), revenue: o.revenue })));
    await tx.execute(sql`
      with o as (
        select * from jsonb_to_recordset(${json}::jsonb) as x(id uuid, contact_id uuid, placed_at timestamptz, revenue numeric)
        where not exists (select 1 from message_sends c where c.workspace_id = ${ws} and c.contact_id = x.contact_id and c.conversion_order_id = x.id)
      ), credit as (
        select distinct on (s.id) s.id as send_id, o.id as order_id, o.placed_at, o.revenue
        from o cross join lateral (
          select s.id from message_sends s
          where s.workspace_id = ${ws} and s.contact_id = o.contact_id and s.clicked_at is not null and s.converted_at is null
            and s.clicked_at <= o.placed_at and s.clicked_at > o.placed_at - make_interval(days => ${days})
          order by s.clicked_at desc limit 1
        ) s
        order by s.id, o.placed_at
      )
      update message_sends s set converted_at = c.placed_at, conversion_order_id = c.order_id, revenue = c.revenue
      from credit c where s.workspace_id = ${ws} and s.id = c.send_id and s.converted_at is null`);
    return taken.length;
  });
}
