import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { Database, Db } from '../../platform/db.js';
import { eventRejects } from './events.schema.js';

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

export interface RejectEntry {
  workspaceId: string;
  sourceId: string | null;
  receivedAt: Date;
  /** The event's place in its request (0 for notes of the processor). */
  index: number;
  messageId: string | null;
  reason: string;
  /** The event as received; absent for events that were stored. */
  payload?: unknown;
  outcome: 'refused' | 'stored_with_warning';
}

/**
 * Adds to the sources' reject log (kept 7 days): events the tracking API refused, and notes of the
 * processor on events it stored without all of their traits or links. At most 500 a call.
 */
export async function logRejects(db: Db, entries: RejectEntry[]): Promise<void> {
  if (!entries.length) return;
  await db.insert(eventRejects).values(
    entries.slice(0, 500).map((e) => ({
      id: uuidv7(),
      workspaceId: e.workspaceId,
      sourceId: e.sourceId,
      receivedAt: e.receivedAt,
      index: e.index,
      messageId: e.messageId?.slice(0, 200) ?? null,
      reason: e.reason.slice(0, 500),
      payload: e.payload === undefined ? '' : (JSON.stringify(e.payload) ?? String(e.payload)).slice(0, payloadChars),
      outcome: e.outcome,
    })),
  );
}
