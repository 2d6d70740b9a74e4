import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { workspaces } from '../../platform/auth/schema.js';

const tenant = () =>
  text('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Where events come from (a website, a server, a store), each with its own write key. */
export const sources = pgTable(
  'sources',
  {
    id: uuid('id').primaryKey(),
    workspaceId: tenant(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    writeKey: text('write_key').notNull(),
    disabledAt: at('disabled_at'),
    lastEventAt: at('last_event_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('sources_write_key_uq').on(t.writeKey), index('sources_workspace_idx').on(t.workspaceId, t.id)],
);

/**
 * The hot tables (inbox, dedup, events) carry no foreign key to workspaces: the check would run
 * once per row at tens of thousands of rows a second. A write key resolves to a live workspace
 * before anything is stored.
 */
const hotTenant = () => text('workspace_id').notNull();

/** The columns an event has from the moment it is accepted. */
const eventColumns = () => ({
  workspaceId: hotTenant(),
  sourceId: uuid('source_id'),
  messageId: text('message_id').notNull(),
  type: text('type').notNull(),
  /** The event of a track, the name of a page or screen. */
  name: text('name'),
  anonymousId: text('anonymous_id'),
  userId: text('user_id'),
  properties: jsonb('properties').$type<Record<string, unknown>>().notNull(),
  traits: jsonb('traits').$type<Record<string, unknown>>(),
  context: jsonb('context').$type<Record<string, unknown>>().notNull(),
  /** When it happened, corrected for the sender's clock (Segment's rule). */
  timestamp: at('timestamp').notNull(),
  originalTimestamp: at('original_timestamp'),
  sentAt: at('sent_at'),
  receivedAt: at('received_at').notNull(),
});

/**
 * Accepted events not yet processed. A tracking call answers once its events are here (durably
 * stored); the processor then resolves identities and moves them to `events` in one transaction.
 * Each event is kept as the JSON text the gateway wrote (a row of `events` without its contact):
 * parsing it into columns and jsonb took most of the time of an acknowledgement, so the
 * processor does that instead, off the request's path.
 */
export const eventInbox = pgTable(
  'event_inbox',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    workspaceId: hotTenant(),
    messageId: text('message_id').notNull(),
    receivedAt: at('received_at').notNull(),
    payload: text('payload').notNull(),
  },
  (t) => [index('event_inbox_workspace_idx').on(t.workspaceId, t.id)],
);

/** messageIds seen lately, so a retried delivery is not stored twice. Pruned after 8 days. */
export const eventDedup = pgTable(
  'event_dedup',
  {
    workspaceId: hotTenant(),
    messageId: text('message_id').notNull(),
    receivedAt: at('received_at').notNull(),
  },
  // BRIN: rows arrive in time order, and a btree here cost a fifth of each acknowledgement.
  (t) => [primaryKey({ columns: [t.workspaceId, t.messageId] }), index('event_dedup_received_idx').using('brin', t.receivedAt)],
);

/** The event store: append-only, except that a contact id is filled in or moved by identity resolution and merges. */
export const events = pgTable(
  'events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    ...eventColumns(),
    contactId: uuid('contact_id'),
  },
  (t) => [
    // Both carry what segment conditions test (migration 0013 adds INCLUDE columns drizzle cannot
    // declare): a contact's events in a window, or an event's contacts, read from the index alone.
    index('events_contact_time_name_idx').on(t.workspaceId, t.contactId, t.timestamp),
    index('events_name_type_time_idx').on(t.workspaceId, t.name, t.type, t.timestamp),
    // Anonymous events wait here until their visitor is identified.
    index('events_anonymous_idx').on(t.workspaceId, t.anonymousId).where(sql`${t.contactId} is null`),
  ],
);

/**
 * Identities of a contact besides its email, phone and user id (which are its columns
 * `email`/`emails`, `phone`/`phones` and `external_id`): anonymous ids, LINE user ids and
 * external ids of other systems.
 */
export const contactIdentities = pgTable(
  'contact_identities',
  {
    id: uuid('id').primaryKey(),
    workspaceId: tenant(),
    kind: text('kind').notNull(),
    value: text('value').notNull(),
    contactId: uuid('contact_id').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('contact_identities_value_uq').on(t.workspaceId, t.kind, t.value), index('contact_identities_contact_idx').on(t.workspaceId, t.contactId)],
);

/** Profiles that identity resolution would have merged or extended but must not: for a person to review. */
export const identityConflicts = pgTable(
  'identity_conflicts',
  {
    id: uuid('id').primaryKey(),
    workspaceId: tenant(),
    reason: text('reason').notNull(),
    kind: text('kind').notNull(),
    value: text('value').notNull(),
    contactId: uuid('contact_id'),
    otherContactId: uuid('other_contact_id'),
    messageId: text('message_id'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('identity_conflicts_workspace_idx').on(t.workspaceId, t.id)],
);

/** Events a tracking call refused, with the reason; kept 7 days. */
export const eventRejects = pgTable(
  'event_rejects',
  {
    id: uuid('id').primaryKey(),
    workspaceId: tenant(),
    sourceId: uuid('source_id'),
    receivedAt: at('received_at').notNull(),
    index: integer('index').notNull(),
    messageId: text('message_id'),
    reason: text('reason').notNull(),
    payload: text('payload').notNull(),
    /** refused: not stored; stored_with_warning: stored, but part of it was not applied (a trait, a link). */
    outcome: text('outcome').notNull().default('refused'),
  },
  (t) => [index('event_rejects_workspace_idx').on(t.workspaceId, t.sourceId, t.receivedAt), index('event_rejects_received_idx').on(t.receivedAt)],
);

/** Event names seen per workspace, counted as the processor stores them. */
export const eventCatalog = pgTable(
  'event_catalog',
  {
    workspaceId: tenant(),
    type: text('type').notNull(),
    name: text('name').notNull(),
    count: bigint('count', { mode: 'number' }).notNull(),
    firstSeenAt: at('first_seen_at').notNull(),
    lastSeenAt: at('last_seen_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.type, t.name] })],
);

/** Property keys seen per event name. */
export const eventPropertyKeys = pgTable(
  'event_property_keys',
  {
    workspaceId: tenant(),
    type: text('type').notNull(),
    name: text('name').notNull(),
    key: text('key').notNull(),
    count: bigint('count', { mode: 'number' }).notNull(),
    lastSeenAt: at('last_seen_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.type, t.name, t.key] })],
);

/**
 * Per contact and event name: how often, first and last time. Triggers on `events` keep it
 * (migration 0012), so "performed E at least N times, ever" and "first/last performed" read one row
 * per contact instead of every event.
 */
export const contactEventStats = pgTable(
  'contact_event_stats',
  {
    workspaceId: hotTenant(),
    type: text('type').notNull(),
    /** The event's name; '' for types without one (identify). */
    name: text('name').notNull(),
    contactId: uuid('contact_id').notNull(),
    count: bigint('count', { mode: 'number' }).notNull(),
    firstAt: at('first_at').notNull(),
    lastAt: at('last_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.type, t.name, t.contactId] }), index('contact_event_stats_contact_idx').on(t.workspaceId, t.contactId)],
);
