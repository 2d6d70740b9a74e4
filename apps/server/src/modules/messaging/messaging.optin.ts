import { and, eq } from 'drizzle-orm';
import type { MessageContent } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { withWorkspace, type Database } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { currentConsents, findContactsByIds, recordConsentChange } from '../contacts/index.js';
import { readSendToken, type LinkSigners } from './messaging.links.js';
import { messageSends, messageTemplates } from './messaging.schema.js';
import { queueSends } from './messaging.sends.js';
import { findSettings, saveOptInTemplate } from './messaging.settings.js';
import { createTemplate } from './messaging.templates.js';

const mjml = (lines: string[], button: string, note: string) =>
  `<mjml><mj-body><mj-section><mj-column>${lines.map((l) => `<mj-text>${l}</mj-text>`).join('')}` +
  `<mj-button href="{{ confirm_url }}">${button}</mj-button><mj-text font-size="12px" color="#666">${note}</mj-text></mj-column></mj-section></mj-body></mjml>`;

/** The confirmation email a workspace starts with; it is an ordinary template, to edit at will. */
const confirmation: { content: MessageContent; localized: Record<string, MessageContent> } = {
  content: {
    channel: 'email',
    subject: 'Please confirm your subscription to {{ workspace.name }}',
    mjml: mjml(['Hi {{ contact.firstName }},', 'Please confirm that you would like to receive emails from {{ workspace.name }}.'], 'Confirm my subscription', 'If you did not ask for this, ignore this email: nothing will be sent to you.'),
  },
  localized: {
    'zh-TW': { channel: 'email', subject: '請確認訂閱 {{ workspace.name }} 的電子報', mjml: mjml(['{{ contact.firstName }} 您好：', '請確認您願意收到 {{ workspace.name }} 寄出的電子郵件。'], '確認訂閱', '若您並未提出申請，請忽略此信，我們不會寄送任何訊息給您。') },
    'zh-CN': { channel: 'email', subject: '请确认订阅 {{ workspace.name }} 的邮件', mjml: mjml(['{{ contact.firstName }} 您好：', '请确认您愿意收到 {{ workspace.name }} 发出的电子邮件。'], '确认订阅', '如果您没有提出申请，请忽略此邮件，我们不会向您发送任何消息。') },
    ja: { channel: 'email', subject: '{{ workspace.name }} の配信登録の確認', mjml: mjml(['{{ contact.firstName }} 様', '{{ workspace.name }} からのメール配信を希望される場合は、下のボタンで確認してください。'], '登録を確認する', 'お心当たりのない場合は、このメールを破棄してください。配信は行われません。') },
  },
};

/** The workspace's confirmation template, made the first time one is needed (or again if it was deleted). */
async function confirmationTemplate(ctx: Ctx): Promise<{ id: string; version: number }> {
  const existing = await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const id = (await findSettings(tx, ctx.workspaceId)).optInTemplateId;
    if (!id) return null;
    const [row] = await tx
      .select({ id: messageTemplates.id, version: messageTemplates.version })
      .from(messageTemplates)
      .where(and(eq(messageTemplates.workspaceId, ctx.workspaceId), eq(messageTemplates.id, id)));
    return row ?? null;
  });
  if (existing) return existing;
  const made = await createTemplate(ctx, { name: 'Double opt-in confirmation', ...confirmation });
  await withWorkspace(ctx.db, ctx.workspaceId, (tx) => saveOptInTemplate(tx, ctx.workspaceId, made.id));
  return { id: made.id, version: made.version };
}

/**
 * Double opt-in: sends the contact a confirmation email; email consent becomes `subscribed` only
 * when they confirm through its link. At most one confirmation an hour per contact, so a form
 * cannot be used to flood an inbox.
 */
export async function requestOptIn(ctx: Ctx, contactId: string, wake: () => void): Promise<{ status: 'sent' | 'already_subscribed'; messageId: string | null }> {
  const [contact] = await withWorkspace(ctx.db, ctx.workspaceId, (tx) => findContactsByIds(tx, ctx.workspaceId, [contactId]));
  if (!contact || contact.deletedAt || contact.mergedInto) throw new AppError('not_found', 'Contact not found');
  if (!contact.email) throw new AppError('validation_failed', 'The contact has no email address to confirm', { errors: [{ path: 'contactId', message: 'No email address' }] });
  const consent = await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => (await currentConsents(tx, ctx.workspaceId, [contactId])).get(contactId)?.get('email'));
  if (consent === 'subscribed') return { status: 'already_subscribed', messageId: null };
  const template = await confirmationTemplate(ctx);
  const hour = new Date().toISOString().slice(0, 13);
  const [queued] = await withWorkspace(ctx.db, ctx.workspaceId, (tx) =>
    queueSends(tx, ctx.workspaceId, [
      {
        contactId,
        templateId: template.id,
        templateVersion: template.version,
        channel: 'email',
        // Consent is what this message asks for, so it cannot require it.
        purpose: 'transactional',
        sourceKind: 'api',
        sourceId: 'double-opt-in',
        variant: null,
        idempotencyKey: `optin:${contactId}:${hour}`,
        data: { optIn: true },
        dueAt: new Date(),
      },
    ]),
  );
  wake();
  return { status: 'sent', messageId: queued!.row.id };
}

/** The confirmation a link names, or null: a forged token, or a message that asked for no confirmation. */
export async function findConfirmation(database: Database, links: LinkSigners, token: string) {
  const id = readSendToken(links.confirm, token);
  if (!id) return null;
  const [s] = await database.db.select().from(messageSends).where(eq(messageSends.id, id));
  if (!s || s.data.optIn !== true) return null;
  const [contact] = await withWorkspace(database.db, s.workspaceId, (tx) => findContactsByIds(tx, s.workspaceId, [s.contactId]));
  return { send: s, locale: contact?.locale ?? null };
}

/** Confirms: email consent becomes subscribed, with the message and the address as proof. Twice is once. */
export async function confirmOptIn(database: Database, links: LinkSigners, token: string, ip: string | null): Promise<{ locale: string | null } | null> {
  const found = await findConfirmation(database, links, token);
  if (!found) return null;
  const s = found.send;
  await withWorkspace(database.db, s.workspaceId, async (tx) => {
    const now = (await currentConsents(tx, s.workspaceId, [s.contactId])).get(s.contactId)?.get('email');
    if (now === 'subscribed') return;
    await recordConsentChange(tx, s.workspaceId, { contactId: s.contactId, channel: 'email', status: 'subscribed', source: 'form', proofText: `Double opt-in confirmed by the link in message ${s.id}`, proofIp: ip });
  });
  return { locale: found.locale };
}
