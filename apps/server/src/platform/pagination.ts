import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { AppError } from './errors.js';

/**
 * Keyset cursors: the last row's sort key, base64url-encoded so clients treat it as opaque.
 * Lists never count rows; they fetch `limit + 1` to learn whether another page exists.
 */
export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined, isValid: (key: string) => boolean): string | undefined {
  if (cursor === undefined) return undefined;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!isValid(key)) {
    throw new AppError('validation_failed', 'Invalid cursor', { errors: [{ path: 'cursor', message: 'Invalid cursor' }] });
  }
  return key;
}

export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => string): { data: T[]; nextCursor: string | null } {
  const hasMore = rows.length > limit;
  const data = hasMore ? rows.slice(0, limit) : rows;
  const last = data[data.length - 1];
  return { data, nextCursor: hasMore && last ? encodeCursor(keyOf(last)) : null };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const isUuid = (s: string) => uuidPattern.test(s);

/**
 * A (created_at, id) position: the keyset for tables whose ids are not time-ordered
 * (better-auth's). Ordering by both columns keeps pages stable when timestamps tie.
 */
export interface TimeKey {
  at: Date;
  id: string;
}

export const timeKeyOf = (r: { createdAt: Date; id: string }) => `${r.createdAt.toISOString()}|${r.id}`;

export function decodeTimeKey(cursor: string | undefined): TimeKey | undefined {
  const key = decodeCursor(cursor, (k) => /^\d{4}-\d\d-\d\dT[\d:.]+Z\|[\w-]{1,64}$/.test(k));
  if (key === undefined) return undefined;
  const [at, id] = key.split('|') as [string, string];
  return { at: new Date(at), id };
}

/** The rows after `key` in (createdAt, id) order, or no condition for the first page. */
export function afterTimeKey(createdAt: PgColumn, id: PgColumn, key: TimeKey | undefined): SQL | undefined {
  return key ? sql`(${createdAt}, ${id}) > (${key.at.toISOString()}::timestamptz, ${key.id})` : undefined;
}

export interface PageRequest {
  after?: TimeKey | undefined;
  limit: number;
}
