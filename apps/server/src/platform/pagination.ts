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
