import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { Database } from '../../platform/db.js';

export interface ResolvedSource {
  id: string;
  workspaceId: string;
  isEnabled: boolean;
}

/** Write keys resolve from memory for this long, so a disabled source stops within it. */
const cacheMs = 10_000;
const cache = new Map<string, { source: ResolvedSource | null; until: number }>();

/** A write key: "wk_" and 24 random characters. */
export const newWriteKey = () => `wk_${randomBytes(18).toString('base64url')}`;

/** The source of a write key, or null. Runs on the owner's connection: the key is what names the workspace. */
export async function resolveWriteKey(database: Database, writeKey: string): Promise<ResolvedSource | null> {
  const hit = cache.get(writeKey);
  if (hit && hit.until > Date.now()) return hit.source;
  const { rows } = await database.query<{ id: string; workspace_id: string; disabled: boolean }>(
    'select id, workspace_id, disabled_at is not null as disabled from sources where write_key = $1',
    [writeKey.slice(0, 200)],
  );
  const row = rows[0];
  const source = row ? { id: row.id, workspaceId: row.workspace_id, isEnabled: !row.disabled } : null;
  if (cache.size > 10_000) cache.clear();
  cache.set(writeKey, { source, until: Date.now() + cacheMs });
  return source;
}

/** Forgets a cached key at once (after a change made by this process). */
export const forgetWriteKey = (writeKey: string) => cache.delete(writeKey);

const payloadChars = 2000;

/** Keeps refused events, with their reasons, for the source's log (7 days). */
export async function logRejects(
  database: Database,
  source: ResolvedSource,
  receivedAt: Date,
  rejects: { index: number; messageId: string | null; reason: string; payload: unknown }[],
): Promise<void> {
  const rows = rejects.slice(0, 500).map((r) => ({
    id: uuidv7(),
    workspace_id: source.workspaceId,
    source_id: source.id,
    received_at: receivedAt.toISOString(),
    index: r.index,
    message_id: r.messageId?.slice(0, 200) ?? null,
    reason: r.reason.slice(0, 500),
    payload: (JSON.stringify(r.payload) ?? String(r.payload)).slice(0, payloadChars),
  }));
  await database.query(
    `insert into event_rejects (id, workspace_id, source_id, received_at, index, message_id, reason, payload)
     select id, workspace_id, source_id, received_at, index, message_id, reason, payload
     from json_populate_recordset(null::event_rejects, $1::json)`,
    [JSON.stringify(rows)],
  );
}
