import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './db.js';

/** A record whose timeline is asked for. */
export interface TimelineRef {
  entity: 'contact' | 'company';
  id: string;
  /** Records merged into this one: their own history (field changes) belongs to it now. */
  absorbed?: string[];
}

/** A position in a timeline: microseconds since the epoch (exact, unlike a JS Date), then entry id. */
export interface TimelineKey {
  us: bigint;
  id: string;
}

export interface TimelineItem {
  /** "<kind>:<source row id>", unique across sources; ties in time are ordered by it. */
  id: string;
  kind: string;
  us: bigint;
  actorLabel: string | null;
  data: Record<string, unknown>;
}

/**
 * One kind of entry on record timelines. Modules publish sources; the timeline merges them, so
 * later kinds (events, orders, messages, tickets, deals) plug in without changing it. A source
 * returns up to `limit` items strictly before `before`, newest first.
 */
export interface TimelineSource {
  kind: string;
  entities: TimelineRef['entity'][];
  fetch: (tx: Db, workspaceId: string, ref: TimelineRef, before: TimelineKey | undefined, limit: number) => Promise<TimelineItem[]>;
}

/** Microseconds since the epoch of a timestamptz column, as a bigint. */
export const microsOf = (col: SQL | unknown) => sql<string>`(extract(epoch from ${col}) * 1000000)::bigint`;

/** The condition "this row comes before the cursor", for a source whose entry ids are "<kind>:<id>". */
export function beforeKey(kind: string, createdAt: unknown, id: unknown, before: TimelineKey | undefined): SQL | undefined {
  if (!before) return undefined;
  const us = microsOf(createdAt);
  return sql`(${us} < ${before.us.toString()}::bigint or (${us} = ${before.us.toString()}::bigint and (${`${kind}:`} || ${id}::text) collate "C" < ${before.id} collate "C"))`;
}

export function newestFirst(a: TimelineItem, b: TimelineItem): number {
  if (a.us !== b.us) return a.us > b.us ? -1 : 1;
  return a.id > b.id ? -1 : a.id < b.id ? 1 : 0;
}
