import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { messageEventNames, type IdentityRules } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { idArray, selectRows, textArray, withWorkspace, type Database, type Db } from '../../platform/db.js';
import { findIdentityRules } from '../auth/index.js';
import { recordSeen, type SeenTraits } from '../contacts/index.js';
import { logRejects } from './sources.repo.js';
import { resolveIdentities, type IdentityRow } from './events.identity.js';

/**
 * Events per transaction. PGlite runs one transaction at a time, so a chunk there holds up every
 * acknowledgement until it commits: it gets smaller ones.
 */
const chunkSizes = { postgres: 2000, pglite: 250 } as const;

/** An event handed to another module after it is stored (orders from e-commerce events, say). */
export interface ConsumedEvent {
  type: string;
  name: string;
  contactId: string | null;
  properties: Record<string, unknown>;
  timestamp: string;
}

/**
 * A module that acts on stored events of some names, inside the processor's transaction, so what
 * it writes commits with the events or not at all. The composition root hands them in.
 */
export interface EventConsumer {
  names: string[];
  /** Names that depend on the workspace (the events its journeys listen for), read per chunk. */
  namesFor?: (tx: Db, workspaceId: string) => Promise<string[]>;
  consume: (tx: Db, ctx: Ctx, events: ConsumedEvent[]) => Promise<void>;
}

/** Per contact, from rows (contact_id, timestamp, context, event_name, props): what recordSeen takes. */
const seenSql = sql.raw(`jsonb_build_object(
  'contactId', contact_id, 'firstSeenAt', min(timestamp), 'lastSeenAt', max(timestamp),
  'campaign', (array_agg(context->'campaign' order by timestamp) filter (where jsonb_typeof(context->'campaign') = 'object'))[1],
  'viewed', coalesce(jsonb_agg(jsonb_build_object('sku', coalesce(props->>'sku', props->>'product_id'), 'name', props->>'name', 'at', timestamp)
    order by timestamp desc) filter (where event_name = 'Product Viewed' and coalesce(props->>'sku', props->>'product_id') is not null), '[]'::jsonb))`);

/**
 * Whether a stored event shows the person was there: what they did (track, page, screen), not what
 * a server said of them (identify, group, alias) nor what was done to them (a message delivered
 * or opened is recorded as an event, but it is not a visit).
 */
const isSighting = sql`type in ('track', 'page', 'screen') and coalesce(event_name, '') <> all(${textArray(Object.values(messageEventNames))})`;

function toSeen(d: Record<string, unknown>): SeenTraits {
  const campaign = (d.campaign ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v ? v.slice(0, 200) : null);
  return {
    contactId: d.contactId as string,
    firstSeenAt: d.firstSeenAt as string,
    lastSeenAt: d.lastSeenAt as string,
    source: str(campaign.source),
    medium: str(campaign.medium),
    campaign: str(campaign.name),
    viewed: ((d.viewed ?? []) as SeenTraits['viewed']).slice(0, 10),
  };
}
const columns = 'workspace_id, source_id, message_id, type, name, anonymous_id, user_id, properties, traits, context, timestamp, original_timestamp, sent_at, received_at';

async function rulesOf(tx: Db, workspaceId: string): Promise<{ rules: IdentityRules; customKeys: Set<string> }> {
  const rules = await findIdentityRules(tx, workspaceId);
  const keys = await selectRows<{ key: string }>(tx, sql`select key from custom_fields where workspace_id = ${workspaceId} and entity = 'contact'`);
  return { rules, customKeys: new Set(keys.map((k) => k.key)) };
}


/**
 * Moves one chunk of one workspace's inbox into the event store, in a single transaction:
 * identities first (contacts created, linked or merged), then the events with their contact,
 * then the catalogue counts. A crash rolls all of it back and the chunk stays in the inbox, so
 * every accepted event is processed exactly once. Returns how many events it moved.
 */
export async function processChunk(database: Database, log: FastifyBaseLogger, consumers: EventConsumer[] = [], workspaceId?: string): Promise<number> {
  let ws = workspaceId;
  if (!ws) {
    // The workspace of the oldest waiting event goes first, so none waits behind a busy one for long.
    const { rows } = await database.query<{ workspace_id: string }>('select workspace_id from event_inbox order by id limit 1');
    ws = rows[0]?.workspace_id;
    if (!ws) return 0;
  }
  const ctx: Ctx = { db: database.db, workspaceId: ws, actor: { type: 'system', id: null, label: 'Identity resolution' }, role: null, via: 'system', log };
  return withWorkspace(database.db, ws, async (tx) => {
    // One processor per workspace at a time: identities must be resolved in event order.
    await tx.execute(sql`select pg_advisory_xact_lock(727275, hashtext(${ws}))`);
    const rows = await selectRows<IdentityRow>(
      tx,
      sql`select id, p->>'type' as type, p->>'message_id' as message_id, p->>'source_id' as source_id,
                 p->>'anonymous_id' as anonymous_id, p->>'user_id' as user_id,
                 case when p->>'type' in ('identify', 'group') and jsonb_typeof(p->'traits') = 'object' then p->'traits' end as traits,
                 case when p->>'type' = 'alias' then p->'properties'->>'previousId' end as previous_id,
                 p->'context'->'externalIds' as external_ids
          from (select id, payload::jsonb as p from event_inbox where workspace_id = ${ws} order by id limit ${chunkSizes[database.kind]}) inbox
          order by id`,
    );
    if (rows.length === 0) return 0;
    const { rules, customKeys } = await rulesOf(tx, ws);
    const { problems, linkedAnonymous } = await resolveIdentities(tx, ctx, rows, rules, customKeys);
    const blocked = textArray(rules.blockedValues.map((v) => v.toLowerCase()));
    // One after another: a transaction is one connection, which runs one query at a time.
    const namesOf = new Map<EventConsumer, Set<string>>();
    for (const c of consumers) namesOf.set(c, new Set([...c.names, ...(c.namesFor ? await c.namesFor(tx, ws) : [])]));
    const wanted = textArray([...new Set([...namesOf.values()].flatMap((n) => [...n]))]);
    // One statement moves the chunk, counts it in the catalogue and stamps its sources; it returns
    // what the chunk says of each contact's sightings, and the events consumers asked for.
    const outcome = await selectRows<{ kind: 'seen' | 'consume'; data: Record<string, unknown> }>(
      tx,
      sql`
      with claimed as (
        delete from event_inbox where workspace_id = ${ws} and id = any(${idArray(rows.map((r) => r.id), 'bigint')})
        returning id, payload::jsonb as p
      ), stored as (
        insert into events (${sql.raw(columns)}, contact_id)
        select ${ws}, (p->>'source_id')::uuid, p->>'message_id', p->>'type', p->>'name', p->>'anonymous_id', p->>'user_id',
          p->'properties', case when jsonb_typeof(p->'traits') = 'object' then p->'traits' end, p->'context',
          (p->>'timestamp')::timestamptz, (p->>'original_timestamp')::timestamptz, (p->>'sent_at')::timestamptz,
          (p->>'received_at')::timestamptz, coalesce(u.id, a.contact_id)
        from claimed c
        left join contacts u on u.workspace_id = ${ws} and u.external_id = c.p->>'user_id' and u.deleted_at is null
          and lower(c.p->>'user_id') <> all(${blocked})
        left join contact_identities a on a.workspace_id = ${ws} and a.kind = 'anonymous_id' and a.value = c.p->>'anonymous_id'
        order by c.id
        returning type, coalesce(name, '') as name, coalesce(traits, properties) as properties, timestamp, source_id, received_at,
          contact_id, context, name as event_name, properties as props
      ), names as (
        insert into event_catalog (workspace_id, type, name, count, first_seen_at, last_seen_at)
        select ${ws}, type, name, count(*), min(timestamp), max(timestamp) from stored group by type, name
        on conflict (workspace_id, type, name) do update set count = event_catalog.count + excluded.count,
          first_seen_at = least(event_catalog.first_seen_at, excluded.first_seen_at),
          last_seen_at = greatest(event_catalog.last_seen_at, excluded.last_seen_at)
      ), keys as (
        insert into event_property_keys (workspace_id, type, name, key, count, last_seen_at)
        select ${ws}, s.type, s.name, k.key, count(*), max(s.timestamp)
        from stored s cross join lateral jsonb_object_keys(s.properties) as k(key)
        where jsonb_typeof(s.properties) = 'object'
        group by s.type, s.name, k.key
        on conflict (workspace_id, type, name, key) do update set count = event_property_keys.count + excluded.count,
          last_seen_at = greatest(event_property_keys.last_seen_at, excluded.last_seen_at)
      ), seen as (
        update sources set last_event_at = greatest(sources.last_event_at, x.at)
        from (select source_id, max(received_at) as at from stored group by source_id) x
        where sources.workspace_id = ${ws} and sources.id = x.source_id
      )
      select 'seen' as kind, ${seenSql} as data from stored where contact_id is not null and ${isSighting} group by contact_id
      union all
      select 'consume', jsonb_build_object('type', type, 'name', event_name, 'contactId', contact_id, 'properties', props, 'timestamp', timestamp)
      from stored where event_name = any(${wanted})`,
    );
    const seen = outcome.filter((o) => o.kind === 'seen').map((o) => toSeen(o.data));
    if (linkedAnonymous.size) {
      // Earlier visits of a visitor identified now join their profile, and count as sightings.
      const moved = await selectRows<{ data: Record<string, unknown> }>(
        tx,
        sql`with moved as (
              update events e set contact_id = l.contact_id::uuid
              from json_each_text(${JSON.stringify(Object.fromEntries(linkedAnonymous))}::json) as l(anonymous_id, contact_id)
              where e.workspace_id = ${ws} and e.contact_id is null and e.anonymous_id = l.anonymous_id
              returning e.contact_id, e.type, e.timestamp, e.context, e.name as event_name, e.properties as props
            )
            select ${seenSql} as data from moved where ${isSighting} group by contact_id`,
      );
      seen.push(...moved.map((m) => toSeen(m.data)));
    }
    await recordSeen(tx, ws, seen);
    const consumed = outcome.filter((o) => o.kind === 'consume').map((o) => o.data as unknown as ConsumedEvent);
    for (const c of consumers) {
      const mine = consumed.filter((e) => e.name && namesOf.get(c)!.has(e.name));
      if (mine.length) await c.consume(tx, ctx, mine);
    }
    const now = new Date();
    await logRejects(
      tx,
      problems.map((p) => ({ workspaceId: ws, sourceId: p.sourceId, receivedAt: now, index: 0, messageId: p.messageId, reason: p.reason, outcome: 'stored_with_warning' as const })),
    );
    return rows.length;
  });
}

/**
 * Processes every waiting event (tests, and the CLI after an import). Another process may be
 * working on a chunk meanwhile; its rows stay visible until it commits, so this waits them out.
 */
export async function drainInbox(database: Database, log: FastifyBaseLogger, consumers: EventConsumer[] = []): Promise<number> {
  let total = 0;
  for (;;) {
    total += await processChunk(database, log, consumers);
    const { rows } = await database.query('select 1 from event_inbox limit 1');
    if (rows.length === 0) return total;
  }
}
