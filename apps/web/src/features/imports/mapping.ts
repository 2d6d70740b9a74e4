import type { ImportPreview } from '@rapport/contracts';
import { isApiError } from '../../lib/api';

export type Mapping = Record<string, string | null>;

/** Targets that may take several columns: their values are added together. */
const multiColumnTargets = new Set(['tags', 'emails', 'phones']);

/** One entry per column: the saved choice, else the suggestion, else "don't import". */
export function initialMapping(headers: string[], saved: Mapping, suggested: Mapping): Mapping {
  return Object.fromEntries(headers.map((h) => [h, h in saved ? (saved[h] ?? null) : (suggested[h] ?? null)]));
}

/**
 * The columns as the preview read them, in file order. They are the stored headers unless another
 * encoding was chosen after the upload, which reads other text from the same bytes.
 */
export function previewHeaders(preview: Pick<ImportPreview, 'rows'>, stored: string[]): string[] {
  const seen = new Set<string>();
  for (const row of preview.rows) for (const key of Object.keys(row)) seen.add(key);
  // Short rows may lack trailing columns, so only a name the upload never read means a new reading.
  return [...seen].every((k) => stored.includes(k)) ? stored : [...seen];
}

/** The first few non-empty values of a column in the preview rows. */
export function sampleValues(rows: ImportPreview['rows'], header: string, max = 3): string[] {
  const out: string[] = [];
  for (const row of rows) {
    const v = row[header]?.trim();
    if (v && !out.includes(v)) out.push(v);
    if (out.length === max) break;
  }
  return out;
}

/** Targets that two or more columns map to, which the server refuses. */
export function duplicateTargets(mapping: Mapping): Set<string> {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const target of Object.values(mapping)) {
    if (!target || multiColumnTargets.has(target)) continue;
    if (seen.has(target)) dupes.add(target);
    seen.add(target);
  }
  return dupes;
}

/** Where a target is listed in the column menu: by the part of the record it fills. */
export type TargetGroup = 'standard' | 'custom' | 'customer' | 'item';

export function targetGroup(key: string): TargetGroup {
  if (key.startsWith('custom.')) return 'custom';
  // Order files name the customer ("contact.email") and the item of the row ("line.sku").
  if (key.startsWith('contact.')) return 'customer';
  if (key.startsWith('line.')) return 'item';
  return 'standard';
}

/** Required targets no column maps to. */
export function unmappedRequired(targets: ImportPreview['targets'], mapping: Mapping) {
  const used = new Set(Object.values(mapping));
  return targets.filter((t) => t.isRequired && !used.has(t.key));
}

export interface PlacedErrors {
  /** Column header → message, from paths `mapping.<header>` (a header may itself contain dots). */
  byHeader: Record<string, string>;
  /** About the mapping as a whole ("Map a name, email, phone or external id column"). */
  mapping: string[];
  tags: string | null;
  /** Errors on the order options (currency, time zone, cancellation prefix), by option. */
  options: Partial<Record<OrderOptionKey, string>>;
  /** Field errors that belong nowhere above. */
  other: string[];
  /** The call failed without field errors (conflict, network): show the error's own message. */
  unplaced: boolean;
}

export const orderOptionKeys = ['currency', 'timezone', 'cancelPrefix'] as const;
export type OrderOptionKey = (typeof orderOptionKeys)[number];
const isOrderOption = (path: string): path is OrderOptionKey => (orderOptionKeys as readonly string[]).includes(path);

const empty = (): PlacedErrors => ({ byHeader: {}, mapping: [], tags: null, options: {}, other: [], unplaced: false });

/** Sorts a failed PATCH's field errors to where the wizard shows them. */
export function placeSaveErrors(error: unknown, headers: string[]): PlacedErrors {
  const out = empty();
  if (!error) return out;
  const fieldErrors = isApiError(error) ? (error.problem?.errors ?? []) : [];
  for (const { path, message } of fieldErrors) {
    if (path === 'mapping') out.mapping.push(message);
    else if (path.startsWith('mapping.') && headers.includes(path.slice('mapping.'.length))) {
      const header = path.slice('mapping.'.length);
      out.byHeader[header] ??= message;
    } else if (path === 'tags' || path.startsWith('tags.')) out.tags ??= message;
    else if (isOrderOption(path)) out.options[path] ??= message;
    else out.other.push(path ? `${path}: ${message}` : message);
  }
  out.unplaced = fieldErrors.length === 0;
  return out;
}

/** True when any error belongs on the mapping step. */
export const hasMappingErrors = (e: PlacedErrors) => e.mapping.length > 0 || Object.keys(e.byHeader).length > 0;
