import { sql, type SQL } from 'drizzle-orm';
import type { Sort } from '@rapport/contracts';
import { AppError } from './errors.js';
import { encodeCursor, isUuid } from './pagination.js';
import { pgTypeOf, type FilterField } from './filters.js';

/**
 * Keyset paging over any sortable field: rows are ordered by (field, id) with empty values last,
 * and the cursor carries the last row's (value, id). No OFFSET and no count, so page 1,000 of a
 * million-row list costs what page 1 does.
 */
export interface SortPlan {
  orderBy: SQL[];
  /** The condition for rows after the cursor, if any. */
  seek: SQL | undefined;
  /** The sort value to select as `sort_key`, so the next cursor can be made from the last row. */
  sortKey: SQL | undefined;
  cursorOf: (row: { id: string; sortKey?: unknown }) => string;
}

interface SortCursor {
  v: string | number | boolean | null;
  id: string;
}

function decodeSortCursor(cursor: string): SortCursor {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as SortCursor;
    if (typeof parsed === 'object' && parsed && typeof parsed.id === 'string' && isUuid(parsed.id)) return parsed;
  } catch {
    // Falls through to the error below.
  }
  throw new AppError('validation_failed', 'Invalid cursor', { errors: [{ path: 'cursor', message: 'Invalid cursor' }] });
}

const toCursorValue = (v: unknown): SortCursor['v'] => (v === null || v === undefined ? null : String(v));

/**
 * @param idColumn the table's time-ordered id; newest first when no sort is given.
 */
export function planSort(sort: Sort | undefined | null, fields: ReadonlyMap<string, FilterField>, idColumn: SQL, cursor: string | undefined): SortPlan {
  if (!sort) {
    const after = cursor ? decodeSortCursor(cursor) : undefined;
    return {
      orderBy: [sql`${idColumn} desc`],
      seek: after ? sql`${idColumn} < ${after.id}` : undefined,
      sortKey: undefined,
      cursorOf: (row) => encodeCursor(JSON.stringify({ v: null, id: row.id })),
    };
  }
  const field = fields.get(sort.field);
  if (!field?.isSortable) {
    throw new AppError('validation_failed', `Cannot sort by ${sort.field}`, { errors: [{ path: 'sort.field', message: 'Not a sortable field' }] });
  }
  const e = field.expr;
  const desc = sort.order === 'desc';
  const dir = sql.raw(desc ? 'desc' : 'asc');
  const cmp = sql.raw(desc ? '<' : '>');
  let seek: SQL | undefined;
  if (cursor) {
    const after = decodeSortCursor(cursor);
    const idAfter = sql`${idColumn} ${cmp} ${after.id}`;
    if (after.v === null) {
      // Past the last non-empty value: only the empty ones remain, in id order.
      seek = sql`(${e} is null and ${idAfter})`;
    } else {
      const v = sql`${after.v}::${sql.raw(pgTypeOf(field.type))}`;
      seek = sql`(${e} ${cmp} ${v} or ${e} is null or (${e} = ${v} and ${idAfter}))`;
    }
  }
  return {
    orderBy: [sql`${e} ${dir} nulls last`, sql`${idColumn} ${dir}`],
    seek,
    // As text, so timestamps keep their microseconds through the cursor.
    sortKey: sql`(${e})::text`,
    cursorOf: (row) => encodeCursor(JSON.stringify({ v: toCursorValue(row.sortKey), id: row.id })),
  };
}
