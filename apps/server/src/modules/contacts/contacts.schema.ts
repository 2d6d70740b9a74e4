import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users, workspaces } from '../../platform/auth/schema.js';
import { companies } from '../companies/index.js';

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
    displayName: text('display_name'),
    email: text('email'),
    emails: text('emails').array().notNull().default(sql`'{}'::text[]`),
    phone: text('phone'),
    phones: text('phones').array().notNull().default(sql`'{}'::text[]`),
    gender: text('gender'),
    birthday: date('birthday', { mode: 'string' }),
    locale: text('locale'),
    timezone: text('timezone'),
    addressCountry: text('address_country'),
    addressCity: text('address_city'),
    addressDistrict: text('address_district'),
    addressPostcode: text('address_postcode'),
    addressLine: text('address_line'),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'set null' }),
    companyRole: text('company_role'),
    jobTitle: text('job_title'),
    ownerId: text('owner_id').references(() => users.id, { onDelete: 'set null' }),
    source: text('source'),
    lifecycleStage: text('lifecycle_stage'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    /** Tags set by auto-tag rules while their condition holds; apart from the manual `tags`. */
    autoTags: text('auto_tags').array().notNull().default(sql`'{}'::text[]`),
    externalId: text('external_id'),
    custom: jsonb('custom').$type<Record<string, unknown>>().notNull().default({}),
    /** Maintained by a trigger from names, emails and phone digits, for trigram search. */
    searchText: text('search_text'),
    /** Soft delete, so a bulk delete or a merge can be undone; lists skip these rows. */
    deletedAt: timestamp('deleted_at', { withTimezone: true, mode: 'date' }),
    mergedInto: uuid('merged_into'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('contacts_workspace_id_idx').on(t.workspaceId, t.id),
    // (workspace, field, id) per common sort: a keyset page is then one index range (sorted-keyset.ts).
    index('contacts_workspace_email_idx').on(t.workspaceId, t.email, t.id),
    index('contacts_workspace_last_name_idx').on(t.workspaceId, t.lastName, t.id),
    index('contacts_workspace_first_name_idx').on(t.workspaceId, t.firstName, t.id),
    index('contacts_workspace_created_idx').on(t.workspaceId, t.createdAt, t.id),
    index('contacts_tags_idx').using('gin', t.tags),
    index('contacts_workspace_phone_idx').on(t.workspaceId, t.phone),
    // Written straight through, not via GIN's pending list: every import batch looks its emails
    // and phones up here, and a lookup reads the whole pending list (megabytes mid-import).
    index('contacts_emails_idx').using('gin', t.emails).with({ fastupdate: false }),
    index('contacts_phones_idx').using('gin', t.phones).with({ fastupdate: false }),
    uniqueIndex('contacts_workspace_external_id_uq')
      .on(t.workspaceId, t.externalId)
      .where(sql`${t.externalId} is not null and ${t.deletedAt} is null`),
    index('contacts_workspace_company_idx').on(t.workspaceId, t.companyId),
    index('contacts_workspace_owner_idx').on(t.workspaceId, t.ownerId),
    index('contacts_workspace_stage_idx').on(t.workspaceId, t.lifecycleStage, t.id),
    index('contacts_workspace_updated_idx').on(t.workspaceId, t.updatedAt, t.id),
    index('contacts_custom_idx').using('gin', sql`${t.custom} jsonb_path_ops`),
    index('contacts_search_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    // Trigrams need three characters; a Chinese given name has two (migration 0006 defines the function).
    index('contacts_search_bigrams_idx').using('gin', sql`rapport_cjk_bigrams(${t.searchText})`),
  ],
);

/** A merge, kept whole so it can be undone: both records as they were, and what moved. */
export const contactMerges = pgTable(
  'contact_merges',
  {
    id: uuid('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    survivorId: uuid('survivor_id').notNull(),
    mergedId: uuid('merged_id').notNull(),
    mergedName: text('merged_name').notNull(),
    survivorBefore: jsonb('survivor_before').$type<Record<string, unknown>>().notNull(),
    /** The survivor's values right after the merge; undo restores only fields still holding them. */
    survivorAfter: jsonb('survivor_after').$type<Record<string, unknown>>().notNull(),
    mergedBefore: jsonb('merged_before').$type<Record<string, unknown>>().notNull(),
    /** Ids of the rows re-pointed from the merged contact to the survivor, per table. */
    moved: jsonb('moved').$type<Record<string, string[]>>().notNull(),
    status: text('status', { enum: ['merged', 'undone'] }).notNull(),
    actorLabel: text('actor_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    undoneAt: timestamp('undone_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    index('contact_merges_survivor_idx').on(t.workspaceId, t.survivorId, t.id),
    index('contact_merges_merged_idx').on(t.workspaceId, t.mergedId),
  ],
);

/** A bulk action with what it overwrote, per record, so it can be undone. */
export const bulkOperations = pgTable(
  'bulk_operations',
  {
    id: uuid('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    entity: text('entity').notNull(),
    action: text('action').notNull(),
    params: jsonb('params').$type<Record<string, unknown>>().notNull(),
    affected: integer('affected').notNull(),
    /** Record id → the values the action replaced. */
    undo: jsonb('undo').$type<Record<string, Record<string, unknown>>>().notNull(),
    status: text('status', { enum: ['done', 'undone'] }).notNull(),
    actorLabel: text('actor_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    undoneAt: timestamp('undone_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('bulk_operations_workspace_idx').on(t.workspaceId, t.id)],
);

/**
 * Computed traits, one row per contact, kept current by the event processor (seen, viewed,
 * acquisition) and by order writes (orders, revenue, favourite category, channels).
 */
export const contactTraits = pgTable(
  'contact_traits',
  {
    contactId: uuid('contact_id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true, mode: 'date' }),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }),
    firstOrderAt: timestamp('first_order_at', { withTimezone: true, mode: 'date' }),
    lastOrderAt: timestamp('last_order_at', { withTimezone: true, mode: 'date' }),
    orderCount: integer('order_count').notNull().default(0),
    revenue: numeric('revenue', { precision: 18, scale: 4, mode: 'number' }).notNull().default(0),
    favouriteCategory: text('favourite_category'),
    /** The channels of the contact's orders, but cancelled ones ("online", "store"), sorted. */
    orderChannels: text('order_channels').array().notNull().default(sql`'{}'::text[]`),
    /** The last products viewed, newest first: [{ sku, name, at }]. */
    lastViewed: jsonb('last_viewed').$type<{ sku: string; name: string | null; at: string }[]>().notNull().default([]),
    acquisitionSource: text('acquisition_source'),
    acquisitionMedium: text('acquisition_medium'),
    acquisitionCampaign: text('acquisition_campaign'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('contact_traits_workspace_idx').on(t.workspaceId, t.contactId)],
);
