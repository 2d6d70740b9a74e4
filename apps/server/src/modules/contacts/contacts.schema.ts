import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { workspaces } from '../../platform/auth/schema.js';

export const contacts = pgTable(
  'contacts',
  {
    /** UUIDv7: time-ordered, so the primary key doubles as the keyset for newest-first lists. */
    id: uuid('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    firstName: text('first_name'),
    lastName: text('last_name'),
    email: text('email'),
    phone: text('phone'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('contacts_workspace_id_idx').on(t.workspaceId, t.id),
    index('contacts_workspace_email_idx').on(t.workspaceId, t.email),
    index('contacts_tags_idx').using('gin', t.tags),
  ],
);
