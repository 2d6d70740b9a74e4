import nodemailer from 'nodemailer';
import { and, desc, eq, lt } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { OutboxMessage, Page, PageQuery, RenderedMessage } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { withWorkspace, type Db } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { DeliveryResult } from './channels/channel.js';
import { decodeCursor, isUuid, toPage } from '../../platform/pagination.js';
import { messageOutbox } from './messaging.schema.js';

type Email = Extract<RenderedMessage, { channel: 'email' }>;

/** A message ready for the wire: the rendered email and its envelope. */
export interface OutgoingMail {
  from: string;
  replyTo?: string | null | undefined;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Message-ID without brackets; stable per send, so a receiver can drop a retried copy. */
  messageId?: string | undefined;
  headers?: Record<string, string> | undefined;
}

/**
 * Where email goes: an SMTP server when one is configured, else the workspace's outbox. Outbox
 * mail is written in the caller's transaction, so the send's record and its copy commit together.
 */
export interface Mailer {
  readonly usesOutbox: boolean;
  readonly defaultFrom: string;
  /** Over SMTP. Only when `usesOutbox` is false. */
  deliver(mail: OutgoingMail): Promise<DeliveryResult>;
  /** Into the outbox, in this transaction; returns each message's outbox id, in order. */
  keep(tx: Db, workspaceId: string, mails: OutgoingMail[], test: boolean): Promise<string[]>;
  /** A one-off send (the template editor's test), by whichever way is configured. */
  send(ctx: Ctx, to: string, mail: Email, options: { test: boolean }): Promise<{ via: 'smtp' | 'outbox'; messageId: string }>;
  close(): void;
}

/**
 * SMTP replies: 5xx is permanent (the address or the message is refused), 4xx and lost
 * connections are worth another try.
 */
function smtpFailure(err: unknown): DeliveryResult {
  const e = err as { responseCode?: number; response?: string; message?: string; code?: string };
  const code = e.responseCode;
  const error = (e.response ?? e.message ?? String(err)).slice(0, 300);
  if (code && code >= 500) return { ok: false, retryable: false, error: `SMTP ${code}: ${error}` };
  return { ok: false, retryable: true, error: code ? `SMTP ${code}: ${error}` : error };
}

function withPool(url: string): string {
  const u = new URL(url);
  if (!u.searchParams.has('pool')) u.searchParams.set('pool', 'true');
  return u.toString();
}

export function createMailer(config: { smtpUrl: string | undefined; mailFrom: string }): Mailer {
  // Pooled: a campaign's mail reuses a few connections instead of one handshake per message.
  const transport = config.smtpUrl ? nodemailer.createTransport(withPool(config.smtpUrl)) : null;
  const mailer: Mailer = {
    usesOutbox: !transport,
    defaultFrom: config.mailFrom,
    async deliver(mail) {
      if (!transport) throw new Error('no SMTP server is configured');
      try {
        const info = await transport.sendMail({
          from: mail.from,
          replyTo: mail.replyTo ?? undefined,
          to: mail.to,
          subject: mail.subject,
          html: mail.html,
          text: mail.text,
          headers: mail.headers,
          messageId: mail.messageId ? `<${mail.messageId}>` : undefined,
        });
        return { ok: true, providerMessageId: info.messageId };
      } catch (err) {
        return smtpFailure(err);
      }
    },
    async keep(tx, workspaceId, mails, test) {
      const rows = mails.map((mail) => ({ id: uuidv7(), workspaceId, channel: 'email' as const, recipient: mail.to, subject: mail.subject, message: { ...mail }, test }));
      if (rows.length) await tx.insert(messageOutbox).values(rows);
      return rows.map((r) => r.id);
    },
    async send(ctx, to, mail, { test }) {
      const outgoing: OutgoingMail = { from: config.mailFrom, to, subject: mail.subject, html: mail.html, text: mail.text };
      if (transport) {
        const result = await mailer.deliver(outgoing);
        if (!result.ok) throw new AppError('bad_gateway', `The SMTP server refused the message: ${result.error}`);
        return { via: 'smtp', messageId: result.providerMessageId ?? '' };
      }
      const [id] = await withWorkspace(ctx.db, ctx.workspaceId, (tx) => mailer.keep(tx, ctx.workspaceId, [outgoing], test));
      return { via: 'outbox', messageId: id! };
    },
    close: () => transport?.close(),
  };
  return mailer;
}

type Row = typeof messageOutbox.$inferSelect;
const toOutbox = (r: Row): OutboxMessage => ({ id: r.id, channel: r.channel, recipient: r.recipient, subject: r.subject, message: r.message, test: r.test, createdAt: r.createdAt.toISOString() });

export async function listOutbox(ctx: Ctx, q: PageQuery): Promise<Page<OutboxMessage>> {
  const before = decodeCursor(q.cursor, isUuid);
  const rows = await withWorkspace(ctx.db, ctx.workspaceId, (tx) =>
    tx
      .select()
      .from(messageOutbox)
      .where(and(eq(messageOutbox.workspaceId, ctx.workspaceId), before ? lt(messageOutbox.id, before) : undefined))
      .orderBy(desc(messageOutbox.id))
      .limit(q.limit + 1),
  );
  const page = toPage(rows, q.limit, (r) => r.id);
  return { data: page.data.map(toOutbox), nextCursor: page.nextCursor };
}

export async function getOutboxMessage(ctx: Ctx, id: string): Promise<OutboxMessage> {
  const [row] = isUuid(id)
    ? await withWorkspace(ctx.db, ctx.workspaceId, (tx) =>
        tx
          .select()
          .from(messageOutbox)
          .where(and(eq(messageOutbox.workspaceId, ctx.workspaceId), eq(messageOutbox.id, id))),
      )
    : [];
  if (!row) throw notFound('Outbox message');
  return toOutbox(row);
}
