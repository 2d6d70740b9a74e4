import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users, workspaces } from '../../platform/auth/schema.js';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Follow-ups on a contact for a person in the sales or service queue. Journeys create them too
 * (`source_kind` 'journey', `source_id` the journey), so a salesperson sees why a task exists.
 */
export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id').notNull(),
    title: text('title').notNull(),
    dueAt: at('due_at'),
    /** A member; a member who leaves leaves their tasks unassigned rather than gone. */
    assigneeId: text('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    queue: text('queue', { enum: ['sales', 'service'] }).notNull(),
    status: text('status', { enum: ['open', 'done'] }).notNull().default('open'),
    sourceKind: text('source_kind', { enum: ['manual', 'journey'] }).notNull(),
    sourceId: text('source_id'),
    createdBy: text('created_by').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    doneAt: at('done_at'),
  },
  (t) => [
    index('tasks_workspace_idx').on(t.workspaceId, t.id),
    index('tasks_contact_idx').on(t.workspaceId, t.contactId, t.id),
    index('tasks_assignee_idx').on(t.workspaceId, t.assigneeId, t.status, t.id),
    index('tasks_queue_idx').on(t.workspaceId, t.queue, t.status, t.id),
  ],
);
