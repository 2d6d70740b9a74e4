import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users, workspaces } from '../../platform/auth/schema.js';

export const companies = pgTable(
  'companies',
  {
    id: uuid('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    domain: text('domain'),
    industry: text('industry'),
    size: text('size'),
    taxId: text('tax_id'),
    addressCountry: text('address_country'),
    addressCity: text('address_city'),
    addressDistrict: text('address_district'),
    addressPostcode: text('address_postcode'),
    addressLine: text('address_line'),
    ownerId: text('owner_id').references(() => users.id, { onDelete: 'set null' }),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    externalId: text('external_id'),
    custom: jsonb('custom').$type<Record<string, unknown>>().notNull().default({}),
    /** Maintained by a trigger from name and domain, for trigram search. */
    searchText: text('search_text'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('companies_workspace_id_idx').on(t.workspaceId, t.id),
    uniqueIndex('companies_workspace_domain_uq').on(t.workspaceId, t.domain).where(sql`${t.domain} is not null`),
    uniqueIndex('companies_workspace_external_id_uq').on(t.workspaceId, t.externalId).where(sql`${t.externalId} is not null`),
    index('companies_workspace_name_idx').on(t.workspaceId, t.name, t.id),
    index('companies_tags_idx').using('gin', t.tags),
    index('companies_custom_idx').using('gin', sql`${t.custom} jsonb_path_ops`),
    index('companies_search_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);
