import { Transform, type TransformCallback } from 'node:stream';
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
  /**
   * Over SMTP. Only when `usesOutbox` is false. With `handOff`, the message's end-of-data waits
   * until it resolves: true lets the message go, false abandons it undelivered.
   */
  deliver(mail: OutgoingMail, handOff?: () => Promise<boolean>): Promise<DeliveryResult>;
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
  if (code && code >= 500) return { ok: false, retryable: false, refused: true, error: `SMTP ${code}: ${error}` };
  return code ? { ok: false, retryable: true, refused: true, error: `SMTP ${code}: ${error}` } : { ok: false, retryable: true, error };
}

/**
 * Passes a message through to the SMTP connection but holds back its end until `handOff` has
 * written the send down. A server keeps no message whose DATA never ended, so a sender killed
 * before that write has delivered nothing and will send it again, and one killed after it has
 * the send recorded; what is left between the two is the write of the final dot.
 * The connection pipes the message only once the server has taken the sender, the recipient and
 * DATA, so a refused recipient is never recorded as sent.
 */
class HandOffGate extends Transform {
  private piped = false;
  private whenPiped: (() => void) | null = null;

  constructor(private readonly handOff: () => Promise<boolean>) {
    super();
  }

  override pipe<T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T {
    this.piped = true;
    this.whenPiped?.();
    return super.pipe(destination, options);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    const release = () =>
      this.handOff().then(
        (held) => done(held ? null : new Error('this worker no longer holds the send; another one will deliver it')),
        (err: Error) => done(err),
      );
    if (this.piped) void release();
    else this.whenPiped = () => void release();
  }
}

/** The hook that puts a gate on each message that asks for one (`handOff` in its options). */
function gateHandOffs(mail: { data: object; message: { processFunc(f: (input: NodeJS.ReadableStream) => NodeJS.ReadableStream): void } }, done: (err?: Error | null) => void) {
  const handOff = (mail.data as { handOff?: () => Promise<boolean> }).handOff;
  if (handOff) mail.message.processFunc((input) => input.pipe(new HandOffGate(handOff)));
  done();
}

/**
 * Pooled: a campaign's mail reuses connections instead of one handshake per message. Each
 * connection also waits for its send's commit before the end of every message, so more of them
 * than nodemailer's default 5 keep the server busy meanwhile (the URL can say otherwise).
 */
function withPool(url: string): string {
  const u = new URL(url);
  if (!u.searchParams.has('pool')) u.searchParams.set('pool', 'true');
  if (!u.searchParams.has('maxConnections')) u.searchParams.set('maxConnections', String(smtpConnections));
  return u.toString();
}

/** Connections to the SMTP server, and messages the send worker keeps in flight to them. */
export const smtpConnections = 16;

export function createMailer(config: { smtpUrl: string | undefined; mailFrom: string }): Mailer {
  const transport = config.smtpUrl ? nodemailer.createTransport(withPool(config.smtpUrl)) : null;
  transport?.use('stream', gateHandOffs as Parameters<NonNullable<typeof transport>['use']>[1]);
  const mailer: Mailer = {
    usesOutbox: !transport,
    defaultFrom: config.mailFrom,
    async deliver(mail, handOff) {
      if (!transport) throw new Error('no SMTP server is configured');
      try {
        const info = await transport.sendMail({
          ...(handOff ? { handOff } : {}),
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
