import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { FilterGroup, Sort } from '@rapport/contracts';
import { users, workspaces } from '../../platform/auth/schema.js';

export const savedViews = pgTable(
  'saved_views',
  {
    id: uuid('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    entity: text('entity', { enum: ['contact', 'company'] }).notNull(),
    name: text('name').notNull(),
    visibility: text('visibility', { enum: ['private', 'shared'] }).notNull(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    layout: text('layout', { enum: ['table', 'kanban'] }).notNull(),
    q: text('q'),
    filter: jsonb('filter').$type<FilterGroup>(),
    sort: jsonb('sort').$type<Sort>(),
    columns: jsonb('columns').$type<string[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('saved_views_workspace_idx').on(t.workspaceId, t.entity, t.name)],
);
