import ExcelJS, { type CellValue, type Worksheet, type Xlsx } from 'exceljs';
import { AppError } from '../../platform/errors.js';
import type { SourceRow } from './imports.types.js';

/**
 * Numbers as plain decimals, never 1.2e+21: phone and ID numbers typed into Excel are stored as
 * numbers. Fractions are cut to the 15 significant digits Excel keeps; beyond them is float noise
 * (0.1 + 0.2 = 0.30000000000000004). Whole numbers print in full.
 */
function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) return BigInt(n).toString();
  return Number(n.toPrecision(15)).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/**
 * exceljs gives date cells as Dates holding the wall-clock time as UTC, so the ISO form without the
 * zone is what the user typed. Excel stores times as fractions of a day; rounding to the second
 * undoes the float error (14:29:59.999). A time without a date sits on Excel's day zero.
 */
function dateText(d: Date): string {
  const ms = d.getTime();
  if (Number.isNaN(ms)) return '';
  const iso = new Date(Math.round(ms / 1000) * 1000).toISOString();
  if (iso.startsWith('1899-12-30T')) return iso.slice(11, 19);
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** A cell as text: formulas by their cached result, rich text and hyperlinks by their text, errors empty. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  // A hyperlink's text may itself be rich text.
  if ('hyperlink' in value) return cellText(value.text as CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  return ''; // { error: '#N/A' } and the like
}

function rowTexts(sheet: Worksheet, rowNumber: number, width: number): string[] {
  const row = sheet.findRow(rowNumber);
  const texts: string[] = [];
  for (let c = 1; c <= width; c++) texts.push(row ? cellText(row.getCell(c).value).trim() : '');
  return texts;
}

export interface XlsxTable {
  header: string[];
  /** The data rows after the header; blank rows are skipped, cells right of the header are ignored. */
  rows(): Generator<SourceRow>;
}

/** The first worksheet; its first non-empty row is the header. */
export async function readXlsx(buf: Uint8Array): Promise<XlsxTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; it hands the bytes to JSZip, which takes a Node Buffer.
    await workbook.xlsx.load(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength) as unknown as Parameters<Xlsx['load']>[0]);
  } catch {
    throw new AppError('unprocessable', 'The file could not be read as an XLSX workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('unprocessable', 'The workbook has no worksheet');

  const last = sheet.rowCount;
  let headerRow = 1;
  while (headerRow <= last && !sheet.findRow(headerRow)?.hasValues) headerRow++;
  const row = sheet.findRow(headerRow);
  const cells = row ? rowTexts(sheet, headerRow, row.cellCount) : [];
  while (cells.length && cells[cells.length - 1] === '') cells.pop();
  const width = cells.length;

  function* rows(): Generator<SourceRow> {
    for (let r = headerRow + 1; r <= last; r++) {
      if (!sheet!.findRow(r)?.hasValues) continue;
      const values = rowTexts(sheet!, r, width);
      if (values.some((v) => v !== '')) yield { line: r, values };
    }
  }
  return { header: cells, rows };
}
