import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { workspaces } from '../../platform/auth/schema.js';
import { contacts } from './contacts.schema.js';

/**
 * Append-only consent history; the current consent per channel is the latest row. Rows are never
 * updated, so every change stays provable (who, when, how, with what text and from which address).
 */
export const contactConsentEvents = pgTable(
  'contact_consent_events',
  {
    id: uuid('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    channel: text('channel', { enum: ['email', 'sms', 'line', 'phone'] }).notNull(),
    status: text('status', { enum: ['subscribed', 'unsubscribed', 'unknown'] }).notNull(),
    source: text('source', { enum: ['form', 'import', 'api', 'unsubscribe_link', 'manual'] }).notNull(),
    proofText: text('proof_text'),
    proofIp: text('proof_ip'),
    actorLabel: text('actor_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('contact_consent_events_contact_idx').on(t.workspaceId, t.contactId, t.channel, t.id)],
);
