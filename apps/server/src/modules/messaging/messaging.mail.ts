import nodemailer from 'nodemailer';
import { and, desc, eq, lt } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { OutboxMessage, Page, PageQuery, RenderedMessage } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { withWorkspace } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { decodeCursor, isUuid, toPage } from '../../platform/pagination.js';
import { messageOutbox } from './messaging.schema.js';

type Email = Extract<RenderedMessage, { channel: 'email' }>;

/** Where email goes: an SMTP server when one is configured, else the workspace's outbox. */
export interface Mailer {
  send(ctx: Ctx, to: string, mail: Email, options: { test: boolean }): Promise<{ via: 'smtp' | 'outbox'; messageId: string }>;
  close(): void;
}

export function createMailer(config: { smtpUrl: string | undefined; mailFrom: string }): Mailer {
  const transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
  return {
    async send(ctx, to, mail, { test }) {
      if (transport) {
        const info = await transport.sendMail({ from: config.mailFrom, to, subject: mail.subject, html: mail.html, text: mail.text });
        return { via: 'smtp', messageId: info.messageId };
      }
      const id = uuidv7();
      await withWorkspace(ctx.db, ctx.workspaceId, (tx) =>
        tx.insert(messageOutbox).values({ id, workspaceId: ctx.workspaceId, channel: 'email', recipient: to, subject: mail.subject, message: { ...mail, from: config.mailFrom }, test }),
      );
      return { via: 'outbox', messageId: id };
    },
    close: () => transport?.close(),
  };
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
