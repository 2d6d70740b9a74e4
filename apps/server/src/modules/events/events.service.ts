import { and, asc, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { EventCatalogEntry, IdentityConflict, IdentityRules, Page, StoredEvent } from '@rapport/contracts';
import { identityRulesSchema } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { withWorkspace } from '../../platform/db.js';
import { decodeCursor, encodeCursor, isUuid } from '../../platform/pagination.js';
import { beforeKey, microsOf, type TimelineSource } from '../../platform/timeline.js';
import { contactIdentities, eventCatalog, eventPropertyKeys, events, identityConflicts } from './events.schema.js';
import { findIdentityRules, saveIdentityRules } from '../auth/index.js';

type EventRow = typeof events.$inferSelect;

const toEvent = (r: EventRow): StoredEvent => ({
  id: String(r.id),
  type: r.type as StoredEvent['type'],
  name: r.name,
  contactId: r.contactId,
  anonymousId: r.anonymousId,
  userId: r.userId,
  properties: r.properties,
  traits: r.traits,
  context: r.context,
  timestamp: r.timestamp.toISOString(),
  receivedAt: r.receivedAt.toISOString(),
  sourceId: r.sourceId,
  messageId: r.messageId,
});

/** Event names seen, most frequent first, each with its property keys. */
export function getEventCatalog(ctx: Ctx): Promise<EventCatalogEntry[]> {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const names = await tx.select().from(eventCatalog).where(eq(eventCatalog.workspaceId, ctx.workspaceId)).orderBy(desc(eventCatalog.count), asc(eventCatalog.name)).limit(1000);
    const keys = await tx.select().from(eventPropertyKeys).where(eq(eventPropertyKeys.workspaceId, ctx.workspaceId)).orderBy(desc(eventPropertyKeys.count), asc(eventPropertyKeys.key));
    const byName = new Map<string, EventCatalogEntry['properties']>();
    for (const k of keys) {
      const list = byName.get(`${k.type}\u0000${k.name}`) ?? [];
      if (list.length < 200) list.push({ key: k.key, count: k.count, lastSeenAt: k.lastSeenAt.toISOString() });
      byName.set(`${k.type}\u0000${k.name}`, list);
    }
    return names.map((n) => ({
      type: n.type as EventCatalogEntry['type'],
      name: n.name,
      count: n.count,
      firstSeenAt: n.firstSeenAt.toISOString(),
      lastSeenAt: n.lastSeenAt.toISOString(),
      properties: byName.get(`${n.type}\u0000${n.name}`) ?? [],
    }));
  });
}

export interface EventListQuery {
  contactId?: string | undefined;
  anonymousId?: string | undefined;
  type?: StoredEvent['type'] | undefined;
  name?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** Stored events, newest stored first, by contact, visitor, type or name. */
export function listEvents(ctx: Ctx, q: EventListQuery): Promise<Page<StoredEvent>> {
  const after = decodeCursor(q.cursor, (k) => /^\d{1,19}$/.test(k));
  if (q.contactId !== undefined && !isUuid(q.contactId)) return Promise.resolve({ data: [], nextCursor: null });
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const rows = await tx
      .select()
      .from(events)
      .where(
        and(
          eq(events.workspaceId, ctx.workspaceId),
          q.contactId ? eq(events.contactId, q.contactId) : undefined,
          q.anonymousId ? eq(events.anonymousId, q.anonymousId) : undefined,
          q.type ? eq(events.type, q.type) : undefined,
          // name= (empty) asks for the events without a name: unnamed pages, identify calls.
          q.name === undefined ? undefined : q.name === '' ? isNull(events.name) : eq(events.name, q.name),
          after ? lt(events.id, Number(after)) : undefined,
        ),
      )
      .orderBy(desc(events.id))
      .limit(q.limit + 1);
    const page = rows.slice(0, q.limit);
    return { data: page.map(toEvent), nextCursor: rows.length > q.limit ? encodeCursor(String(page[page.length - 1]!.id)) : null };
  });
}

export function listIdentityConflicts(ctx: Ctx, limit: number): Promise<IdentityConflict[]> {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) =>
    (await tx.select().from(identityConflicts).where(eq(identityConflicts.workspaceId, ctx.workspaceId)).orderBy(desc(identityConflicts.id)).limit(limit)).map((r) => ({
      id: r.id,
      reason: r.reason as IdentityConflict['reason'],
      kind: r.kind,
      value: r.value,
      contactId: r.contactId,
      otherContactId: r.otherContactId,
      messageId: r.messageId,
      createdAt: r.createdAt.toISOString(),
    })),
  );
}

/** A contact's identities besides email, phone and userId: anonymous ids, LINE ids, external ids. */
export function listContactIdentities(ctx: Ctx, contactId: string) {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) =>
    (
      await tx
        .select()
        .from(contactIdentities)
        .where(and(eq(contactIdentities.workspaceId, ctx.workspaceId), eq(contactIdentities.contactId, contactId)))
        .orderBy(asc(contactIdentities.kind), asc(contactIdentities.createdAt))
        .limit(500)
    ).map((r) => ({ kind: r.kind, value: r.value, createdAt: r.createdAt.toISOString() })),
  );
}

export const getIdentityRules = (ctx: Ctx): Promise<IdentityRules> => withWorkspace(ctx.db, ctx.workspaceId, (tx) => findIdentityRules(tx, ctx.workspaceId));

export function setIdentityRules(ctx: Ctx, input: IdentityRules): Promise<IdentityRules> {
  const rules = identityRulesSchema.parse(input);
  return withWorkspace(ctx.db, ctx.workspaceId, (tx) => saveIdentityRules(tx, ctx.workspaceId, rules));
}

/** Events on contact timelines: what the person did, beside notes and changes. */
export const eventTimelineSource: TimelineSource = {
  kind: 'event',
  entities: ['contact'],
  fetch: async (tx, workspaceId, ref, before, limit) => {
    const entry = sql`('event:' || ${events.id}::text) collate "C"`;
    const rows = await tx
      .select({ row: events, us: microsOf(events.timestamp) })
      .from(events)
      .where(and(eq(events.workspaceId, workspaceId), eq(events.contactId, ref.id), beforeKey('event', events.timestamp, events.id, before)))
      .orderBy(desc(events.timestamp), desc(entry))
      .limit(limit);
    return rows.map(({ row, us }) => ({
      id: `event:${row.id}`,
      kind: 'event',
      us: BigInt(us),
      actorLabel: null,
      data: { eventId: String(row.id), type: row.type, name: row.name, properties: row.properties, traits: row.traits, page: row.context.page ?? null, sourceId: row.sourceId },
    }));
  },
};
