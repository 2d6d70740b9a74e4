import { and, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { selectRows, type Db } from './db.js';
import type { Sort } from '@rapport/contracts';
import { AppError } from './errors.js';
import { encodeCursor, isUuid } from './pagination.js';
import { pgTypeOf, type FilterField } from './filters.js';

/**
 * Keyset paging over any sortable field: rows are ordered by (field, id) with empty values last,
 * and the cursor carries the last row's (value, id). No OFFSET and no count, so page 1,000 of a
 * million-row list costs what page 1 does.
 *
 * A page is read in parts, each one index range: the rows with a value after the cursor, then
 * the empty ones. One condition such as `v > x or v is null` would be simpler to write, but no
 * index can serve it, and deep pages of a million rows then cost a second each.
 */
export interface SortPart {
  /** The condition for this part's rows after the cursor, if any. */
  seek: SQL | undefined;
  orderBy: SQL[];
}

export interface SortPlan {
  parts: SortPart[];
  /** The sort value, selected as `sort_key` so the next cursor can be made from the last row. */
  sortKey: SQL;
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
  const after = cursor ? decodeSortCursor(cursor) : undefined;
  if (!sort) {
    return {
      parts: [{ seek: after ? sql`${idColumn} < ${after.id}` : undefined, orderBy: [sql`${idColumn} desc`] }],
      sortKey: sql`null::text`,
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
  // Past the last value, only the empty ones remain, in id order: all of them, unless the cursor is among them.
  const inEmpty = after !== undefined && after.v === null;
  const empty: SortPart = { seek: sql`(${e} is null${inEmpty ? sql` and ${idColumn} ${cmp} ${after.id}` : sql``})`, orderBy: [sql`${idColumn} ${dir}`] };
  const valued: SortPart = {
    // A row comparison is one index range; it is never true for an empty value.
    seek: after ? sql`(${e}, ${idColumn}) ${cmp} (${after.v}::${sql.raw(pgTypeOf(field.type))}, ${after.id})` : sql`${e} is not null`,
    orderBy: [sql`${e} ${dir}`, sql`${idColumn} ${dir}`],
  };
  return {
    parts: inEmpty ? [empty] : [valued, empty],
    // As text, so timestamps keep their microseconds through the cursor.
    sortKey: sql`(${e})::text`,
    cursorOf: (row) => encodeCursor(JSON.stringify({ v: toCursorValue(row.sortKey), id: row.id })),
  };
}

/**
 * The ids and sort keys of one page of `table`'s rows matching `where`: each part of the plan in
 * turn, until the page holds limit + 1 rows, the one extra telling that more follow.
 */
export async function selectPageKeys(
  db: Db,
  from: { table: PgTable; id: PgColumn; where: (SQL | undefined)[] },
  plan: SortPlan,
  limit: number,
): Promise<{ id: string; sortKey: string | null }[]> {
  const keys: { id: string; sortKey: string | null }[] = [];
  for (const part of plan.parts) {
    const want = limit + 1 - keys.length;
    if (want <= 0) break;
    const rows = await selectRows<{ id: string; sort_key: string | null }>(
      db,
      sql`select ${from.id} as id, ${plan.sortKey} as sort_key from ${from.table}
          where ${and(...from.where, part.seek)} order by ${sql.join(part.orderBy, sql`, `)} limit ${want}`,
    );
    for (const r of rows) keys.push({ id: r.id, sortKey: r.sort_key });
  }
  return keys;
}
