/** How pasted or uploaded values name contacts; the keys of POST /segments/:id/members. */
export type MatchBy = 'emails' | 'externalIds' | 'contactIds';

/** The most values one request may carry; longer lists go in several. */
export const maxPerRequest = 10_000;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Values pasted one per line, or separated by commas, semicolons or tabs; trimmed, without repeats. */
export function splitValues(text: string): string[] {
  const seen = new Set<string>();
  for (const raw of text.split(/[\n\r,;\t]+/)) {
    const v = raw.trim().replace(/^"(.*)"$/, '$1').trim();
    if (v) seen.add(v);
  }
  return [...seen];
}

/** Emails when most values have an @, contact ids when all are UUIDs, else external ids. */
export function guessMatchBy(values: string[]): MatchBy {
  if (!values.length) return 'emails';
  const emails = values.filter((v) => v.includes('@')).length;
  if (emails * 2 >= values.length) return 'emails';
  return values.every((v) => uuid.test(v)) ? 'contactIds' : 'externalIds';
}

const headerNames = /^(e-?mail|email address|mail|id|contact ?id|external ?id|user ?id|customer ?id|電子郵件|電郵|信箱|邮箱|电子邮件|メール|メールアドレス|會員編號|会员编号|顧客id|客戶編號|客户编号)$/i;

export interface CsvColumns {
  /** Each column's name: its header, or "1", "2"… when the file has none. */
  names: string[];
  hasHeader: boolean;
  rows: string[][];
}

/**
 * The first row is a header when one of its cells is a usual column name, or when no cell of it
 * has an @ while the next row has one (a file of emails with a header of any name).
 */
export function detectHeader(rows: string[][]): boolean {
  const [first, second] = rows;
  if (!first || !second) return false;
  if (first.some((c) => headerNames.test(c.trim()))) return true;
  return !first.some((c) => c.includes('@')) && second.some((c) => c.includes('@'));
}

export function toColumns(rows: string[][]): CsvColumns {
  const hasHeader = detectHeader(rows);
  const width = Math.max(0, ...rows.map((r) => r.length));
  const names = Array.from({ length: width }, (_, i) => (hasHeader ? rows[0]?.[i]?.trim() || String(i + 1) : String(i + 1)));
  return { names, hasHeader, rows: hasHeader ? rows.slice(1) : rows };
}

/** The column most likely to hold the keys: the one with the most emails, else one named like an id, else the first. */
export function bestColumn(cols: CsvColumns): number {
  const emailCounts = cols.names.map((_, i) => cols.rows.filter((r) => r[i]?.includes('@')).length);
  const most = Math.max(0, ...emailCounts);
  if (most > 0) return emailCounts.indexOf(most);
  const named = cols.names.findIndex((n) => headerNames.test(n.trim()));
  return named >= 0 ? named : 0;
}

export const columnValues = (cols: CsvColumns, index: number): string[] => splitValues(cols.rows.map((r) => r[index] ?? '').join('\n'));

/** Parses CSV text with csv-parse, loaded only when a file is dropped. */
export async function parseCsv(text: string): Promise<CsvColumns> {
  const { parse } = await import('csv-parse/browser/esm/sync');
  const rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: true }) as string[][];
  return toColumns(rows);
}

/** Consecutive slices of at most `size` items. */
export function chunk<T>(items: T[], size = maxPerRequest): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
