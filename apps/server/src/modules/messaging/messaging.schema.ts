import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { MessageContent } from '@rapport/contracts';
import { workspaces } from '../../platform/auth/schema.js';

/** Message templates, with their current version's content inline; older versions are kept below. */
export const messageTemplates = pgTable(
  'message_templates',
  {
    id: uuid('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    channel: text('channel', { enum: ['email', 'sms', 'line', 'webhook'] }).notNull(),
    version: integer('version').notNull(),
    content: jsonb('content').$type<MessageContent>().notNull(),
    /** Variants by locale tag, on the same channel. */
    localized: jsonb('localized').$type<Record<string, MessageContent>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('message_templates_workspace_idx').on(t.workspaceId, t.id)],
);

/**
 * Every version of a template as it was saved. A send records the version it rendered, so a
 * journey's contacts in flight keep theirs while the template changes.
 */
export const messageTemplateVersions = pgTable(
  'message_template_versions',
  {
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    templateId: uuid('template_id')
      .notNull()
      .references(() => messageTemplates.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    content: jsonb('content').$type<MessageContent>().notNull(),
    localized: jsonb('localized').$type<Record<string, MessageContent>>().notNull().default({}),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.templateId, t.version] })],
);

/**
 * Mail kept instead of sent while no SMTP server is configured, so a new workspace sees what
 * would have gone out; a viewer lists it.
 */
export const messageOutbox = pgTable(
  'message_outbox',
  {
    id: uuid('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    channel: text('channel', { enum: ['email', 'sms', 'line', 'webhook'] }).notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject'),
    /** The message as rendered for the channel. */
    message: jsonb('message').$type<Record<string, unknown>>().notNull(),
    /** A test send from the template editor, not a message to a contact. */
    test: boolean('test').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('message_outbox_workspace_idx').on(t.workspaceId, t.id)],
);

const tenant = () =>
  text('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Every message to a contact, from the moment a campaign, journey or API call asks for it. The
 * row is the send's queue entry, its record and its engagement: a worker claims queued rows
 * (`due_at` is also the claim's expiry while `sending`), and the unique idempotency key makes a
 * repeated request one message.
 */
export const messageSends = pgTable(
  'message_sends',
  {
    id: uuid('id').primaryKey(),
    workspaceId: tenant(),
    /** The caller's key: "campaign:<id>:<contact>", "journey:<run>:<step>", or the API client's own. */
    idempotencyKey: text('idempotency_key').notNull(),
    contactId: uuid('contact_id').notNull(),
    channel: text('channel', { enum: ['email', 'sms', 'line', 'webhook'] }).notNull(),
    templateId: uuid('template_id').notNull(),
    templateVersion: integer('template_version').notNull(),
    /** Marketing needs the channel's consent and respects quiet hours and caps; transactional does not. */
    purpose: text('purpose', { enum: ['marketing', 'transactional'] }).notNull(),
    sourceKind: text('source_kind', { enum: ['campaign', 'journey', 'api'] }).notNull(),
    sourceId: text('source_id'),
    variant: text('variant'),
    /** What the template reads besides the contact: `event` (the trigger's properties), `coupon`. */
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    status: text('status', { enum: ['queued', 'sending', 'sent', 'skipped', 'failed'] }).notNull().default('queued'),
    /** Why it was skipped or failed, or the last retryable error while queued. */
    reason: text('reason'),
    attempts: integer('attempts').notNull().default(0),
    dueAt: at('due_at').notNull().defaultNow(),
    recipient: text('recipient'),
    subject: text('subject'),
    providerMessageId: text('provider_message_id'),
    createdAt: at('created_at').notNull().defaultNow(),
    sentAt: at('sent_at'),
    openedAt: at('opened_at'),
    clickedAt: at('clicked_at'),
    convertedAt: at('converted_at'),
    conversionOrderId: uuid('conversion_order_id'),
    revenue: numeric('revenue', { precision: 18, scale: 4, mode: 'number' }),
    bouncedAt: at('bounced_at'),
    complainedAt: at('complained_at'),
    unsubscribedAt: at('unsubscribed_at'),
  },
  (t) => [
    uniqueIndex('message_sends_idempotency_uq').on(t.workspaceId, t.idempotencyKey),
    index('message_sends_due_idx').on(t.dueAt).where(sql`${t.status} in ('queued', 'sending')`),
    index('message_sends_contact_idx').on(t.workspaceId, t.contactId, t.id),
    index('message_sends_source_idx').on(t.workspaceId, t.sourceKind, t.sourceId, t.variant),
    index('message_sends_workspace_idx').on(t.workspaceId, t.id),
  ],
);

/**
 * Addresses not to send to again: hard bounces and complaints, and those added by hand. Kept by
 * address, not contact, so a re-imported contact with the same address stays suppressed.
 */
export const messageSuppressions = pgTable(
  'message_suppressions',
  {
    workspaceId: tenant(),
    channel: text('channel', { enum: ['email', 'sms', 'line', 'webhook'] }).notNull(),
    /** Lower-cased email, E.164 phone or LINE user id. */
    address: text('address').notNull(),
    reason: text('reason', { enum: ['hard_bounce', 'complaint', 'manual'] }).notNull(),
    detail: text('detail'),
    sendId: uuid('send_id'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.channel, t.address] })],
);

/** A workspace's sender identity, sending rules and channel credentials (secrets sealed). */
export const messagingSettings = pgTable('messaging_settings', {
  workspaceId: text('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

/** Orders waiting to be matched with the message that earned them and the coupon they used; filled by a trigger. */
export const messageOrderQueue = pgTable(
  'message_order_queue',
  {
    workspaceId: tenant(),
    orderPk: uuid('order_pk').notNull(),
    queuedAt: at('queued_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.orderPk] })],
);
