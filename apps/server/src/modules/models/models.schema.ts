import { bigint, date, index, integer, jsonb, numeric, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { workspaces } from '../../platform/auth/schema.js';

const tenant = () =>
  text('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Model outputs per contact: RFM scores and group, NASLD state; later predictions add columns here. */
export const contactModels = pgTable(
  'contact_models',
  {
    contactId: uuid('contact_id').primaryKey(),
    workspaceId: tenant(),
    rfmR: smallint('rfm_r'),
    rfmF: smallint('rfm_f'),
    rfmM: smallint('rfm_m'),
    rfmGroup: text('rfm_group'),
    rfmComputedAt: at('rfm_computed_at'),
    nasldState: text('nasld_state'),
    nasldSince: at('nasld_since'),
    /** C: the contact's repurchase cycle in days (or the workspace's, under 2 orders). */
    cycleDays: numeric('cycle_days', { precision: 10, scale: 2, mode: 'number' }),
    nasldComputedAt: at('nasld_computed_at'),
  },
  (t) => [index('contact_models_workspace_idx').on(t.workspaceId, t.contactId)],
);

/** Every NASLD state change of a contact. */
export const nasldHistory = pgTable(
  'nasld_history',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    workspaceId: tenant(),
    contactId: uuid('contact_id').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    at: at('at').notNull(),
  },
  (t) => [index('nasld_history_contact_idx').on(t.workspaceId, t.contactId, t.at)],
);

/** Contacts and revenue per state of a model (rfm groups, nasld states) on each day it ran. */
export const modelSnapshots = pgTable(
  'model_snapshots',
  {
    workspaceId: tenant(),
    model: text('model').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    state: text('state').notNull(),
    contacts: integer('contacts').notNull(),
    revenue: numeric('revenue', { precision: 18, scale: 4, mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.model, t.day, t.state] })],
);

/** Per-workspace settings of the models (RFM group map, NASLD multipliers and caps, lifecycle rules). */
export const modelSettings = pgTable('model_settings', {
  workspaceId: text('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
