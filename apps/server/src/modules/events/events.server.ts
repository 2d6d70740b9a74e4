import { sql } from 'drizzle-orm';
import { idArray, selectRows, type Db } from '../../platform/db.js';

/** An event Rapport itself observed about a known contact: a message opened, a link clicked. */
export interface ContactEvent {
  /** Unique per event, so recording it twice (a retried request) stores it once. */
  messageId: string;
  contactId: string;
  name: string;
  properties: Record<string, unknown>;
  timestamp: Date;
}

/**
 * Stores server-observed events straight into the event store, in the caller's transaction: the
 * contact is known, so they skip the inbox and identity resolution. They are deduplicated,
 * counted in the catalog and mark the contact's segments, as tracked events are (the triggers on
 * `events` do the marking). Returns how many were new.
 */
export async function recordContactEvents(tx: Db, workspaceId: string, list: ContactEvent[]): Promise<number> {
  if (!list.length) return 0;
  const json = JSON.stringify(
    list.map((e) => ({ message_id: e.messageId, contact_id: e.contactId, name: e.name, properties: e.properties, timestamp: e.timestamp.toISOString() })),
  );
  const [row] = await selectRows<{ n: number }>(
    tx,
    sql`
    with input as (
      select * from jsonb_to_recordset(${json}::jsonb) as x(message_id text, contact_id uuid, name text, properties jsonb, timestamp timestamptz)
    ), fresh as (
      insert into event_dedup (workspace_id, message_id, received_at)
      select ${workspaceId}, message_id, now() from input
      on conflict do nothing
      returning message_id
    ), stored as (
      insert into events (workspace_id, source_id, message_id, type, name, anonymous_id, user_id, properties, traits, context, timestamp, original_timestamp, sent_at, received_at, contact_id)
      select ${workspaceId}, null, i.message_id, 'track', i.name, null, null, i.properties, null, '{"library":{"name":"rapport"}}'::jsonb, i.timestamp, null, null, now(), i.contact_id
      from input i join fresh f using (message_id)
      returning name, properties, timestamp
    ), names as (
      insert into event_catalog (workspace_id, type, name, count, first_seen_at, last_seen_at)
      select ${workspaceId}, 'track', name, count(*), min(timestamp), max(timestamp) from stored group by name
      on conflict (workspace_id, type, name) do update set count = event_catalog.count + excluded.count,
        first_seen_at = least(event_catalog.first_seen_at, excluded.first_seen_at),
        last_seen_at = greatest(event_catalog.last_seen_at, excluded.last_seen_at)
    ), keys as (
      insert into event_property_keys (workspace_id, type, name, key, count, last_seen_at)
      select ${workspaceId}, 'track', s.name, k.key, count(*), max(s.timestamp)
      from stored s cross join lateral jsonb_object_keys(s.properties) as k(key)
      group by s.name, k.key
      on conflict (workspace_id, type, name, key) do update set count = event_property_keys.count + excluded.count,
        last_seen_at = greatest(event_property_keys.last_seen_at, excluded.last_seen_at)
    )
    select count(*)::int as n from stored`,
  );
  return row?.n ?? 0;
}

/** The identities of one kind (say `line`) of these contacts, oldest first. */
export async function findIdentityValues(tx: Db, workspaceId: string, contactIds: string[], kind: string): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!contactIds.length) return out;
  const rows = await selectRows<{ contact_id: string; value: string }>(
    tx,
    sql`select contact_id, value from contact_identities where workspace_id = ${workspaceId} and kind = ${kind}
        and contact_id = any(${idArray(contactIds, 'uuid')}) order by created_at`,
  );
  for (const r of rows) out.set(r.contact_id, [...(out.get(r.contact_id) ?? []), r.value]);
  return out;
}
