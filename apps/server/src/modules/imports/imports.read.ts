import { AppError } from '../../platform/errors.js';
import { detectDelimiter, readCsv } from './imports.csv.js';
import { decodeText, detectEncoding, type DetectedEncoding, type SupportedEncoding } from './imports.decode.js';
import type { SourceRow, TableFormat, TableRow } from './imports.types.js';
import { readXlsx } from './imports.xlsx.js';

export interface ReadTableOptions {
  /** Default: from the file's first bytes, then its extension. */
  format?: TableFormat;
  filename?: string;
  /** CSV only: the encoding the user picked; default detected. */
  encoding?: SupportedEncoding;
  /** CSV only: `,` `;` or a tab; default detected from the header line. */
  delimiter?: string;
  /** Data rows to pass over, for resuming an import after its last saved row number. */
  skipRows?: number;
  /** The most rows (read or not) to yield after the skipped ones. */
  maxRows?: number;
}

/**
 * An opened import file. Iterate it for its data rows; each iteration starts again from the top.
 * Every data row yields exactly one item, values or an error, so counts add up.
 */
export interface TableReader extends AsyncIterable<TableRow> {
  readonly format: TableFormat;
  /** Trimmed, unique (a second `Email` is `Email (2)`), a blank one named `Column N`. */
  readonly headers: string[];
  /** CSV only. */
  readonly encoding: DetectedEncoding | null;
  /** CSV only. */
  readonly delimiter: string | null;
}

const startsWith = (buf: Uint8Array, magic: number[]) => magic.every((b, i) => buf[i] === b);

/**
 * XLSX is a ZIP file, whatever its name says; a name ending .xlsx decides the rest. An .xls file is
 * refused only when it really is the old binary format: web apps often export CSV named .xls.
 */
export function detectFormat(buf: Uint8Array, filename?: string): TableFormat {
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new AppError('unprocessable', 'Excel 97-2003 workbooks (.xls) are not supported: save the file as .xlsx or CSV');
  }
  return /\.xls[xm]$/i.test(filename ?? '') ? 'xlsx' : 'csv';
}

export function uniqueHeaders(cells: string[]): string[] {
  const names = cells.map((c, i) => c.trim() || `Column ${i + 1}`);
  const original = new Set(names);
  const taken = new Set<string>();
  return names.map((name) => {
    let unique = name;
    // Skip names another header already has, so `Email, Email, Email (2)` stays three names.
    for (let n = 2; taken.has(unique); n++) {
      const candidate = `${name} (${n})`;
      if (!original.has(candidate)) unique = candidate;
    }
    taken.add(unique);
    return unique;
  });
}

async function* numbered(
  source: () => Iterable<SourceRow>,
  headers: string[],
  opts: ReadTableOptions,
): AsyncGenerator<TableRow> {
  const skip = opts.skipRows ?? 0;
  const max = opts.maxRows ?? Infinity;
  if (max <= 0) return;
  let rowNumber = 0;
  let yielded = 0;
  for (const row of source()) {
    rowNumber++;
    // Skipped rows are counted but never turned into records: resuming deep into a file stays cheap.
    if (rowNumber <= skip) continue;
    if ('values' in row) {
      const values = Object.fromEntries(headers.map((h, i) => [h, (row.values[i] ?? '').trim()]));
      yield { rowNumber, line: row.line, values };
    } else {
      yield { rowNumber, ...row };
    }
    if (++yielded >= max) return;
  }
}

interface Opened {
  format: TableFormat;
  header: string[];
  rows: () => Iterable<SourceRow>;
  encoding: DetectedEncoding | null;
  delimiter: string | null;
}

async function open(buf: Uint8Array, opts: ReadTableOptions): Promise<Opened> {
  const format = opts.format ?? detectFormat(buf, opts.filename);
  if (format === 'xlsx') {
    const xlsx = await readXlsx(buf);
    return { format, header: xlsx.header, rows: xlsx.rows, encoding: null, delimiter: null };
  }
  const encoding = detectEncoding(buf, opts.encoding);
  const text = decodeText(buf, encoding.encoding);
  const delimiter = opts.delimiter ?? detectDelimiter(text);
  const first = readCsv(text, delimiter).next();
  const header = !first.done && 'header' in first.value ? first.value.header : [];
  function* rows(): Generator<SourceRow> {
    for (const item of readCsv(text, delimiter)) if (!('header' in item)) yield item;
  }
  return { format, header, rows, encoding, delimiter };
}

/** Opens a CSV or XLSX file held in memory (the caller enforces the size limit). */
export async function readTable(buf: Uint8Array, opts: ReadTableOptions = {}): Promise<TableReader> {
  const { format, header, rows, encoding, delimiter } = await open(buf, opts);
  if (header.length === 0) throw new AppError('unprocessable', 'The file is empty');
  if (rows()[Symbol.iterator]().next().done) {
    throw new AppError('unprocessable', 'The file has a header row but no data rows');
  }
  const headers = uniqueHeaders(header);
  return { format, headers, encoding, delimiter, [Symbol.asyncIterator]: () => numbered(rows, headers, opts) };
}

export interface TablePreview {
  format: TableFormat;
  encoding: DetectedEncoding | null;
  delimiter: string | null;
  headers: string[];
  /** The first `limit` data rows (20 by default). */
  rows: TableRow[];
  /** Every data row in the file, read or not. */
  totalRows: number;
}

/** What the import wizard shows before the user maps columns. */
export async function previewTable(
  buf: Uint8Array,
  opts: Omit<ReadTableOptions, 'skipRows' | 'maxRows'> & { limit?: number } = {},
): Promise<TablePreview> {
  const { limit = 20, ...rest } = opts;
  const reader = await readTable(buf, rest);
  const rows: TableRow[] = [];
  let totalRows = 0;
  for await (const row of reader) {
    totalRows++;
    if (rows.length < limit) rows.push(row);
  }
  const { format, encoding, delimiter, headers } = reader;
  return { format, encoding, delimiter, headers, rows, totalRows };
}
