export type TableFormat = 'csv' | 'xlsx';

/** Why a row could not be read; the wizard translates these. */
export type RowErrorCode = 'column_count' | 'unclosed_quote' | 'invalid_quote';

/**
 * One data row of an import file. `rowNumber` counts data rows from 1 (the header and blank lines
 * are not counted), so every row has exactly one number, read or not, and an import can resume
 * after the last one it saved. `line` points into the file for messages: the CSV line or the sheet
 * row where the row starts.
 */
export type TableRow =
  | { rowNumber: number; line: number; values: Record<string, string> }
  | { rowNumber: number; line: number; code: RowErrorCode; error: string; raw?: string };

/** A row as a format reader yields it: values by column position, not yet numbered. */
export type SourceRow =
  | { line: number; values: string[] }
  | { line: number; code: RowErrorCode; error: string; raw?: string };
