import { parse, type CsvError } from 'csv-parse/sync';
import { AppError } from '../../platform/errors.js';
import type { SourceRow } from './imports.types.js';

/** What the CSV reader yields: the header record first, then one item per data record. */
export type CsvItem = { header: string[] } | SourceRow;

/**
 * Bytes parsed per csv-parse call: rows come out lazily, a window at a time. An error ends a
 * window early and the rest is parsed again, so after one the window starts small and grows back:
 * a file with a bad row every few lines costs little more than a clean one.
 */
const maxWindow = 256 * 1024;
const minWindow = 4 * 1024;
/** How far a quoted field may run before we call its quote unclosed rather than a long multi-line value. */
const maxQuotedSpan = 1024 * 1024;
/** Length of the raw text kept with a row error. */
const maxRaw = 500;

const candidates = [',', '\t', ';'];

/** The delimiter of the first non-blank line, counted outside quotes; comma when nothing else wins. */
export function detectDelimiter(text: string): string {
  let line = '';
  for (let start = 0; start < text.length && line.trim() === ''; ) {
    const end = text.indexOf('\n', start);
    line = text.slice(start, end < 0 ? undefined : end);
    start = end < 0 ? text.length : end + 1;
  }
  const counts = new Map(candidates.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  // Ties go to the earlier candidate: comma is what most files use.
  return candidates.reduce((best, d) => (counts.get(d)! > counts.get(best)! ? d : best));
}

interface Parsed {
  records: { fields: string[]; end: number }[];
  error?: CsvError;
}

function parseWindow(data: Buffer, delimiter: string, relaxQuotes = false): Parsed {
  const records: Parsed['records'] = [];
  try {
    parse(data, {
      delimiter,
      // Column counts are checked here, per row, so one bad row doesn't stop the file.
      relax_column_count: true,
      relax_quotes: relaxQuotes,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      on_record: (fields: string[], ctx) => {
        records.push({ fields, end: ctx.bytes });
        return null;
      },
    });
    return { records };
  } catch (e) {
    return { records, error: e as CsvError };
  }
}

const unclosed = 'A quote opened on this line is never closed';

/**
 * Reads CSV text lazily, with recovery. Quotes are parsed strictly, so that an unclosed quote shows
 * as an error where the next quote fails to close it instead of silently swallowing the lines in
 * between. A rejected record, or a record spanning several lines with the wrong column count (the
 * same unclosed quote, closed by chance), is read again as its first line alone, this time keeping
 * stray quotes as text (`5'11"`, `Acme "Best" Inc`); if that line still isn't a row it is reported
 * as an error, and reading resumes on the next line. Blank lines and rows of empty values are skipped.
 */
export function* readCsv(text: string, delimiter: string): Generator<CsvItem> {
  // Byte offsets from csv-parse are only usable on the bytes it parsed, so parse a UTF-8 copy.
  const data = Buffer.from(text, 'utf8');
  const delim = delimiter.charCodeAt(0);
  let columns = 0; // 0 until the header is read
  let pos = 0; // always the start of a line
  let line = 1; // the line number at pos
  let size = maxWindow;

  const lineEnd = (at: number) => {
    const nl = data.indexOf(0x0a, at);
    return nl < 0 ? data.length : nl + 1;
  };
  const countLines = (from: number, to: number) => {
    let n = 0;
    for (let i = data.indexOf(0x0a, from); i >= 0 && i < to; i = data.indexOf(0x0a, i + 1)) n++;
    return n;
  };
  /** From `at`, the start of the first line with more than blanks and delimiters. */
  const skipBlank = (at: number) => {
    for (let start = at; ; ) {
      let i = start;
      while (data[i] === 0x20 || data[i] === 0x09 || data[i] === 0x0d || data[i] === delim) i++;
      if (data[i] !== 0x0a) return start;
      start = i + 1;
    }
  };
  const rawOf = (start: number, end: number) =>
    data.toString('utf8', start, Math.min(end, start + maxRaw * 4)).replace(/\r?\n$/, '').slice(0, maxRaw);

  /** A parsed record as a row, checked against the header. */
  function toItem(fields: string[], start: number, end: number): CsvItem {
    // Trailing empty values beyond the header (a trailing delimiter) are harmless.
    while (fields.length > Math.max(columns, 1) && fields[fields.length - 1]!.trim() === '') fields.pop();
    if (!columns) {
      columns = fields.length;
      return { header: fields };
    }
    if (fields.length === columns) return { line, values: fields };
    const error = `The row has ${fields.length} values but the header has ${columns} columns`;
    return { line, code: 'column_count', error, raw: rawOf(start, end) };
  }

  /** The line from `start` read on its own, quotes relaxed. */
  function lineItem(start: number, end: number, cause?: CsvError): CsvItem {
    const { records, error } = parseWindow(data.subarray(start, end), delimiter, true);
    const record = records[0];
    if (!error && records.length === 1 && record) return toItem(record.fields, start, end);
    const message = error?.code === 'CSV_QUOTE_NOT_CLOSED' || !cause ? unclosed : 'Misplaced quote';
    if (!columns) throw new AppError('unprocessable', `The header row could not be read: ${message.toLowerCase()}`);
    return { line, code: message === unclosed ? 'unclosed_quote' : 'invalid_quote', error: message, raw: rawOf(start, end) };
  }

  while (pos < data.length) {
    const end = lineEnd(Math.min(data.length, pos + size));
    const { records, error } = parseWindow(data.subarray(pos, end), delimiter);
    const openAtEnd = error?.code === 'CSV_QUOTE_NOT_CLOSED' && end < data.length;
    if (openAtEnd && records.length === 0 && size < maxQuotedSpan) {
      size *= 4; // a long multi-line value crosses the window's end: retry with a bigger window
      continue;
    }
    let cursor = pos; // end of the last record taken
    let redo = false; // a record must be read again line by line
    for (const r of records) {
      const start = skipBlank(cursor);
      const recordEnd = pos + r.end;
      line += countLines(cursor, start);
      const firstEnd = lineEnd(start);
      let item = toItem(r.fields, start, recordEnd);
      if ('error' in item && firstEnd < recordEnd) {
        item = lineItem(start, firstEnd);
        redo = true;
      }
      yield item;
      if (redo) {
        pos = firstEnd;
        line += 1;
        break;
      }
      line += countLines(start, recordEnd);
      cursor = recordEnd;
    }
    if (redo) {
      size = minWindow;
    } else if (openAtEnd) {
      pos = cursor; // the next window starts at the open record
    } else if (error) {
      const start = skipBlank(cursor);
      line += countLines(cursor, start);
      const firstEnd = lineEnd(start);
      yield lineItem(start, firstEnd, error);
      pos = firstEnd;
      line += 1;
      size = minWindow;
    } else {
      line += countLines(cursor, end);
      pos = end;
      size = Math.min(maxWindow, size * 2);
    }
  }
}
