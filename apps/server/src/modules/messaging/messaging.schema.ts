import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
