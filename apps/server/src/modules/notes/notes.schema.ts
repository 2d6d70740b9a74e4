import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { workspaces } from '../../platform/auth/schema.js';

/** Notes on any record kind; `entity` + `entity_id` name the record, so no foreign key binds them. */
export const notes = pgTable(
  'notes',
  {
    id: uuid('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    entity: text('entity', { enum: ['contact', 'company'] }).notNull(),
    entityId: uuid('entity_id').notNull(),
    /** Sanitised HTML, never raw input. */
    body: text('body').notNull(),
    authorId: text('author_id'),
    authorLabel: text('author_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('notes_entity_idx').on(t.workspaceId, t.entity, t.entityId, t.createdAt, t.id)],
);
