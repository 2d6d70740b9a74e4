import type { Import } from '@rapport/contracts';

export type ImportEntity = Import['entity'];
export type ImportStatus = Import['status'];

export const isImportActive = (status: ImportStatus) => status === 'queued' || status === 'running';

/** The server accepts new options while the file is only uploaded, or after a finished dry run. */
export const isImportEditable = (imp: Pick<Import, 'status' | 'isDryRun'>) =>
  imp.status === 'uploaded' || (imp.isDryRun && imp.status === 'completed');

export const statusColor: Record<ImportStatus, string> = {
  uploaded: 'gray',
  queued: 'blue',
  running: 'blue',
  completed: 'teal',
  failed: 'red',
  cancelled: 'orange',
};

/** Percent of rows read, 0–100; a finished import is 100 even when the row count was unknown. */
export function progressPercent(imp: Pick<Import, 'status' | 'totalRows' | 'counts'>): number {
  if (imp.status === 'completed') return 100;
  if (!imp.totalRows) return 0;
  return Math.min(100, Math.round((imp.counts.read / imp.totalRows) * 100));
}
