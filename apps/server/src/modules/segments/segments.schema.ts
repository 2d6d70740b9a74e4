import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { SegmentGroup } from '@rapport/contracts';
import { workspaces } from '../../platform/auth/schema.js';

const tenant = () =>
  text('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Dynamic segments (a definition, kept current) and static lists (members added by hand, CSV or snapshot). */
export const segments = pgTable(
  'segments',
  {
    id: uuid('id').primaryKey(),
    workspaceId: tenant(),
    name: text('name').notNull(),
    description: text('description'),
    kind: text('kind', { enum: ['dynamic', 'static'] }).notNull(),
    definition: jsonb('definition').$type<SegmentGroup>(),
    /** An auto-tag rule: members carry this tag while they are members. */
    autoTag: text('auto_tag'),
    size: integer('size').notNull().default(0),
    computedAt: at('computed_at'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('segments_name_uq').on(t.workspaceId, sql`lower(${t.name})`), index('segments_workspace_idx').on(t.workspaceId, t.id)],
);

/**
 * Membership with its history: a row per stay, from entered_at until exited_at (null while a
 * member). A contact is in a segment at most once at a time.
 */
export const segmentMembers = pgTable(
  'segment_members',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    workspaceId: tenant(),
    segmentId: uuid('segment_id')
      .notNull()
      .references(() => segments.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id').notNull(),
    enteredAt: at('entered_at').notNull(),
    exitedAt: at('exited_at'),
  },
  (t) => [
    uniqueIndex('segment_members_current_uq').on(t.segmentId, t.contactId).where(sql`${t.exitedAt} is null`),
    index('segment_members_history_idx').on(t.workspaceId, t.segmentId, t.id),
    index('segment_members_contact_idx').on(t.workspaceId, t.contactId),
  ],
);

/** Size of each segment at the end of each day (the latest count for today), for trend lines. */
export const segmentSizes = pgTable(
  'segment_sizes',
  {
    workspaceId: tenant(),
    segmentId: uuid('segment_id')
      .notNull()
      .references(() => segments.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    size: integer('size').notNull(),
  },
  (t) => [primaryKey({ columns: [t.segmentId, t.day] })],
);

/**
 * Contacts whose profile, traits, consent, orders or events changed since their segments were last
 * evaluated. Triggers fill it (migrations 0011 and 0013), so no write path can forget to; the
 * segment worker empties it.
 */
export const segmentDirty = pgTable(
  'segment_dirty',
  {
    workspaceId: text('workspace_id').notNull(),
    contactId: uuid('contact_id').notNull(),
    markedAt: at('marked_at').notNull().defaultNow(),
    /**
     * What changed, so that only the segments that read it are evaluated again: "profile",
     * "consent", "seen", "orders", "models", "event:<type>:<name>", "segment:<id>". Empty means
     * anything may have changed.
     */
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    /** Bumped by every mark: the worker removes a row only if nothing marked it while it worked. */
    marks: integer('marks').notNull().default(1),
    /** Set while a worker evaluates the contact; another takes it over once this has passed. */
    claimedUntil: at('claimed_until'),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.contactId] })],
);

/**
 * Things that happened to contacts inside Rapport (entered or left a segment, changed NASLD state),
 * in order, for journeys and webhooks to consume from a cursor.
 */
export const domainEvents = pgTable(
  'domain_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    workspaceId: tenant(),
    kind: text('kind').notNull(),
    contactId: uuid('contact_id'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    occurredAt: at('occurred_at').notNull().defaultNow(),
  },
  (t) => [index('domain_events_workspace_idx').on(t.workspaceId, t.id), index('domain_events_contact_idx').on(t.workspaceId, t.contactId)],
);
