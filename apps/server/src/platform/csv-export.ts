import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { stringify } from 'csv-stringify';
import { AppError } from './errors.js';

/**
 * Spreadsheet apps run a cell that starts with = + - @ (or a tab or carriage return) as a formula:
 * a contact named "=HYPERLINK(…)" must not become a live link in someone's Excel. OWASP's advice:
 * prefix such cells with a single quote.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A record's value at a field path: "email", "address.city", "custom.vip_level". */
export function valueAtPath(record: Record<string, unknown>, path: string): unknown {
  let v: unknown = record;
  for (const part of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  return v;
}

export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(cellText).join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export interface CsvColumn<T> {
  header: string;
  value: (record: T) => unknown;
}

/**
 * Records as CSV, streamed page by page. UTF-8 with a BOM and CRLF line ends, so Excel opens
 * Chinese and Japanese text correctly; every cell is neutralised against formula injection.
 */
export function toCsvStream<T>(pages: AsyncIterable<T[]>, columns: CsvColumn<T>[]): Readable {
  const csv = stringify({ bom: true, header: true, columns: columns.map((c) => c.header), record_delimiter: 'windows' });
  async function* rows() {
    for await (const page of pages) for (const r of page) yield columns.map((c) => neutraliseFormula(cellText(c.value(r))));
  }
  return Readable.from(rows()).pipe(csv);
}

/** Walks a keyset-paginated query to its end, one short transaction per page. */
export async function* allPages<T>(fetch: (cursor: string | undefined) => Promise<{ rows: T[]; nextCursor: string | null }>) {
  let cursor: string | undefined;
  for (;;) {
    const { rows, nextCursor } = await fetch(cursor);
    yield rows;
    if (!nextCursor) return;
    cursor = nextCursor;
  }
}

export function assertKnownColumns(paths: string[], fields: ReadonlyMap<string, unknown>): void {
  const unknown = paths.filter((p) => !fields.has(p));
  if (unknown.length) {
    throw new AppError('validation_failed', `Unknown columns: ${unknown.join(', ')}`, { errors: unknown.map((p) => ({ path: 'columns', message: `Unknown field ${p}` })) });
  }
}

/** The `columns` query parameter: comma-separated field paths. */
export const parseColumns = (raw: string | undefined) => (raw ? raw.split(',').map((s) => s.trim()).filter(Boolean) : undefined);

/** Sends a CSV stream as a download; `name` gets today's date unless it is given whole. */
export function sendCsv(reply: FastifyReply, name: string, stream: Readable, dated = true) {
  const filename = dated ? `${name}-${new Date().toISOString().slice(0, 10)}.csv` : `${name}.csv`;
  return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`).send(stream);
}
