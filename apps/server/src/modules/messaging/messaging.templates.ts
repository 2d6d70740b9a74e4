import { and, desc, eq, inArray, lt } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import {
  contactSchema,
  type Contact,
  type MessageContent,
  type MessageTemplate,
  type MessageTemplateInput,
  type MessageTemplatePatch,
  type MessageTemplateVersion,
  type Page,
  type PageQuery,
  type RenderedMessage,
} from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { workspaces } from '../../platform/auth/schema.js';
import { withWorkspace, type Db } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { decodeCursor, isUuid, toPage } from '../../platform/pagination.js';
import { diffFields, recordAudit } from '../audit/index.js';
import { getContact, getContactTraits } from '../contacts/index.js';
import type { Mailer } from './messaging.mail.js';
import { checkContent, renderContent, type TemplateContext } from './messaging.render.js';
import { messageTemplates, messageTemplateVersions } from './messaging.schema.js';

type Row = typeof messageTemplates.$inferSelect;

const toTemplate = (r: Row): MessageTemplate => ({
  id: r.id,
  name: r.name,
  channel: r.channel,
  version: r.version,
  content: r.content,
  localized: r.localized,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/** The contact fields a template may name: the API's, as `contact.firstName`. */
const contactFields: ReadonlySet<string> = new Set(Object.keys(contactSchema.shape).filter((k) => k !== 'id'));

/** Checks the content and each variant, reporting every problem under its own path. */
async function checkAll(content: MessageContent, localized: Record<string, MessageContent>): Promise<void> {
  const errors: { path: string; message: string }[] = [];
  const collect = async (c: MessageContent, prefix: string) => {
    try {
      await checkContent(c, contactFields);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      errors.push(...(e.details.errors ?? []).map((x) => ({ path: `${prefix}.${x.path}`, message: x.message })));
    }
  };
  await collect(content, 'content');
  for (const [locale, c] of Object.entries(localized)) await collect(c, `localized.${locale}`);
  if (errors.length) throw new AppError('validation_failed', 'The template is not valid', { errors });
}

async function loadRow(tx: Db, ctx: Ctx, id: string, opts: { forUpdate?: boolean } = {}): Promise<Row> {
  if (!isUuid(id)) throw notFound('Message template');
  const q = tx
    .select()
    .from(messageTemplates)
    .where(and(eq(messageTemplates.workspaceId, ctx.workspaceId), eq(messageTemplates.id, id)));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  if (!row) throw notFound('Message template');
  return row;
}

export async function createTemplate(ctx: Ctx, input: MessageTemplateInput): Promise<MessageTemplate> {
  const localized = input.localized ?? {};
  await checkAll(input.content, localized);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const id = uuidv7();
    const [row] = await tx
      .insert(messageTemplates)
      .values({ id, workspaceId: ctx.workspaceId, name: input.name, channel: input.content.channel, version: 1, content: input.content, localized })
      .returning();
    await tx.insert(messageTemplateVersions).values({ workspaceId: ctx.workspaceId, templateId: id, version: 1, content: input.content, localized, createdBy: ctx.actor.label });
    await recordAudit(tx, ctx, { entity: 'message_template', entityId: id, action: 'create', changes: diffFields(null, { name: input.name, channel: input.content.channel, version: 1 }) });
    return toTemplate(row!);
  });
}

export async function listTemplates(ctx: Ctx, q: PageQuery & { channel?: MessageContent['channel'] | undefined }): Promise<Page<MessageTemplate>> {
  const before = decodeCursor(q.cursor, isUuid);
  const rows = await withWorkspace(ctx.db, ctx.workspaceId, (tx) =>
    tx
      .select()
      .from(messageTemplates)
      .where(
        and(
          eq(messageTemplates.workspaceId, ctx.workspaceId),
          q.channel ? eq(messageTemplates.channel, q.channel) : undefined,
          before ? lt(messageTemplates.id, before) : undefined,
        ),
      )
      .orderBy(desc(messageTemplates.id))
      .limit(q.limit + 1),
  );
  const page = toPage(rows, q.limit, (r) => r.id);
  return { data: page.data.map(toTemplate), nextCursor: page.nextCursor };
}

export const getTemplate = (ctx: Ctx, id: string): Promise<MessageTemplate> => withWorkspace(ctx.db, ctx.workspaceId, async (tx) => toTemplate(await loadRow(tx, ctx, id)));

/** Renames, or saves new content as the next version. The channel stays what it was. */
export async function updateTemplate(ctx: Ctx, id: string, patch: MessageTemplatePatch): Promise<MessageTemplate> {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    // Locked: two editors saving at once get versions n+1 and n+2, not two n+1.
    const row = await loadRow(tx, ctx, id, { forUpdate: true });
    const content = patch.content ?? row.content;
    const localized = patch.localized ?? row.localized;
    const wrong = [content, ...Object.values(localized)].some((c) => c.channel !== row.channel);
    if (wrong) throw new AppError('validation_failed', 'A template keeps its channel', { errors: [{ path: 'content.channel', message: `This template goes out on ${row.channel}` }] });
    const changed = patch.content !== undefined || patch.localized !== undefined;
    if (changed) await checkAll(content, localized);
    const version = changed ? row.version + 1 : row.version;
    const [updated] = await tx
      .update(messageTemplates)
      .set({ name: patch.name ?? row.name, content, localized, version, updatedAt: new Date() })
      .where(and(eq(messageTemplates.workspaceId, ctx.workspaceId), eq(messageTemplates.id, row.id)))
      .returning();
    if (changed) await tx.insert(messageTemplateVersions).values({ workspaceId: ctx.workspaceId, templateId: row.id, version, content, localized, createdBy: ctx.actor.label });
    await recordAudit(tx, ctx, { entity: 'message_template', entityId: row.id, action: 'update', changes: diffFields({ name: row.name, version: row.version }, { name: updated!.name, version }) });
    return toTemplate(updated!);
  });
}

export async function deleteTemplate(ctx: Ctx, id: string): Promise<void> {
  await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const row = await loadRow(tx, ctx, id);
    await tx.delete(messageTemplates).where(and(eq(messageTemplates.workspaceId, ctx.workspaceId), eq(messageTemplates.id, row.id)));
    await recordAudit(tx, ctx, { entity: 'message_template', entityId: row.id, action: 'delete', changes: diffFields({ name: row.name, channel: row.channel, version: row.version }, null) });
  });
}

export async function listVersions(ctx: Ctx, id: string): Promise<MessageTemplateVersion[]> {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const row = await loadRow(tx, ctx, id);
    const rows = await tx
      .select()
      .from(messageTemplateVersions)
      .where(and(eq(messageTemplateVersions.workspaceId, ctx.workspaceId), eq(messageTemplateVersions.templateId, row.id)))
      .orderBy(desc(messageTemplateVersions.version));
    return rows.map((v) => ({ version: v.version, content: v.content, localized: v.localized, createdBy: v.createdBy, createdAt: v.createdAt.toISOString() }));
  });
}

/** The variant for a locale: the exact tag, then its language ("zh-TW", then "zh"), then the default. */
export function variantFor(content: MessageContent, localized: Record<string, MessageContent>, locale: string | null): MessageContent {
  if (!locale) return content;
  const lower = Object.fromEntries(Object.entries(localized).map(([k, v]) => [k.toLowerCase(), v]));
  return lower[locale.toLowerCase()] ?? lower[locale.split('-')[0]!.toLowerCase()] ?? content;
}

/** What a template sees of a contact: its API fields, with traits beneath. */
export async function contextFor(ctx: Ctx, contact: Contact, eventProperties: Record<string, unknown> = {}): Promise<TemplateContext> {
  const traits = await getContactTraits(ctx, contact.id);
  // The workspace row is outside the tenant role's reach; its id is the caller's own.
  const [ws] = await ctx.db.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, ctx.workspaceId));
  return { contact: { ...contact, traits }, event: eventProperties, workspace: { name: ws?.name ?? '' } };
}

/** A saved template (the current version, or an older one) as this contact would get it. */
export async function previewTemplate(ctx: Ctx, id: string, input: { contactId: string; version?: number | undefined; eventProperties?: Record<string, unknown> | undefined }): Promise<RenderedMessage> {
  const { content, localized } = await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const row = await loadRow(tx, ctx, id);
    if (!input.version || input.version === row.version) return row;
    const [v] = await tx
      .select()
      .from(messageTemplateVersions)
      .where(and(eq(messageTemplateVersions.workspaceId, ctx.workspaceId), eq(messageTemplateVersions.templateId, row.id), eq(messageTemplateVersions.version, input.version)));
    if (!v) throw notFound('Template version');
    return v;
  });
  const contact = await getContact(ctx, input.contactId);
  return renderContent(variantFor(content, localized, contact.locale), await contextFor(ctx, contact, input.eventProperties));
}

/** Unsaved content, checked as a save would, then rendered for this contact. */
export async function previewContent(ctx: Ctx, input: { contactId: string; content: MessageContent; eventProperties?: Record<string, unknown> | undefined }): Promise<RenderedMessage> {
  await checkAll(input.content, {});
  const contact = await getContact(ctx, input.contactId);
  return renderContent(input.content, await contextFor(ctx, contact, input.eventProperties));
}

/** A template rendered as a contact, sent to the user's own address with its subject marked. */
export async function testSend(ctx: Ctx, id: string, input: { contactId: string; to: string }, mailer: Mailer): Promise<{ via: 'smtp' | 'outbox'; messageId: string }> {
  const rendered = await previewTemplate(ctx, id, { contactId: input.contactId });
  if (rendered.channel !== 'email') {
    throw new AppError('validation_failed', 'Only email templates can be test-sent yet', {
      errors: [{ path: 'channel', message: `Test sends of ${rendered.channel} templates come with the ${rendered.channel} channel; preview it instead` }],
    });
  }
  return mailer.send(ctx, input.to, { ...rendered, subject: `[Test] ${rendered.subject}` }, { test: true });
}

/** A template as a send renders it: the version it was queued with. */
export interface TemplateVersionRow {
  templateId: string;
  name: string;
  version: number;
  content: MessageContent;
  localized: Record<string, MessageContent>;
}

/** The template versions these sends were queued with, by "<template id>:<version>"; deleted templates are absent. */
export async function findTemplateVersions(tx: Db, workspaceId: string, pairs: { templateId: string; version: number }[]): Promise<Map<string, TemplateVersionRow>> {
  const ids = [...new Set(pairs.map((p) => p.templateId))];
  const out = new Map<string, TemplateVersionRow>();
  if (!ids.length) return out;
  const rows = await tx
    .select({ templateId: messageTemplateVersions.templateId, version: messageTemplateVersions.version, content: messageTemplateVersions.content, localized: messageTemplateVersions.localized, name: messageTemplates.name })
    .from(messageTemplateVersions)
    .innerJoin(messageTemplates, eq(messageTemplates.id, messageTemplateVersions.templateId))
    .where(and(eq(messageTemplateVersions.workspaceId, workspaceId), inArray(messageTemplateVersions.templateId, ids)));
  const wanted = new Set(pairs.map((p) => `${p.templateId}:${p.version}`));
  for (const r of rows) if (wanted.has(`${r.templateId}:${r.version}`)) out.set(`${r.templateId}:${r.version}`, r);
  return out;
}

/** A template's current version, for queueing a send; throws 404 when it is not the workspace's. */
export async function currentTemplate(tx: Db, ctx: Ctx, id: string): Promise<{ id: string; channel: MessageContent['channel']; version: number }> {
  const row = await loadRow(tx, ctx, id);
  return { id: row.id, channel: row.channel, version: row.version };
}

/** The current version and channel of these templates of the workspace; absent ids are missing. */
export async function templateHeads(tx: Db, workspaceId: string, ids: string[]): Promise<Map<string, { id: string; name: string; channel: MessageContent['channel']; version: number }>> {
  if (!ids.length) return new Map();
  const rows = await tx
    .select({ id: messageTemplates.id, name: messageTemplates.name, channel: messageTemplates.channel, version: messageTemplates.version })
    .from(messageTemplates)
    .where(and(eq(messageTemplates.workspaceId, workspaceId), inArray(messageTemplates.id, [...new Set(ids)])));
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Creates templates (version 1) in the caller's transaction, checked as a save checks them: for
 * other modules that make templates along with their own records (journey recipes).
 */
export async function createTemplatesIn(tx: Db, workspaceId: string, createdBy: string, items: { name: string; content: MessageContent }[]): Promise<string[]> {
  const ids: string[] = [];
  for (const item of items) {
    await checkAll(item.content, {});
    const id = uuidv7();
    await tx.insert(messageTemplates).values({ id, workspaceId, name: item.name, channel: item.content.channel, version: 1, content: item.content, localized: {} });
    await tx.insert(messageTemplateVersions).values({ workspaceId, templateId: id, version: 1, content: item.content, localized: {}, createdBy });
    ids.push(id);
  }
  return ids;
}
