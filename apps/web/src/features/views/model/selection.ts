import type { FilterGroup } from '@rapport/contracts';

/**
 * Rows chosen for a bulk action: some ids, or everything the list query matches. A selection
 * belongs to one query (its `scope`); once the search or filter changes it no longer applies.
 */
export type Selection = { scope: string; mode: 'ids'; ids: ReadonlySet<string> } | { scope: string; mode: 'all' };

export const emptySelection = (scope: string): Selection => ({ scope, mode: 'ids', ids: new Set() });

/** The selection as it applies to the current query: another query's selection is empty. */
export const selectionFor = (selection: Selection, scope: string): Selection =>
  selection.scope === scope ? selection : emptySelection(scope);

export const isSelected = (s: Selection, id: string): boolean => s.mode === 'all' || s.ids.has(id);

export const selectedCount = (s: Selection): number | 'all' => (s.mode === 'all' ? 'all' : s.ids.size);

export const hasSelection = (s: Selection): boolean => s.mode === 'all' || s.ids.size > 0;

export function toggleId(s: Selection, id: string, allIds: readonly string[]): Selection {
  // Unticking one row of "all matching" keeps the rest of the loaded rows.
  const ids = new Set(s.mode === 'all' ? allIds : s.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { scope: s.scope, mode: 'ids', ids };
}

/** Ticks or unticks every loaded row. */
export function setAll(s: Selection, ids: readonly string[], on: boolean): Selection {
  return { scope: s.scope, mode: 'ids', ids: on ? new Set(ids) : new Set() };
}

export function pageState(s: Selection, ids: readonly string[]): 'all' | 'some' | 'none' {
  if (s.mode === 'all') return ids.length ? 'all' : 'none';
  const n = ids.filter((id) => s.ids.has(id)).length;
  return n === 0 ? 'none' : n === ids.length ? 'all' : 'some';
}

/** The query a list shows, as the key its selection belongs to. */
export const selectionScope = (q: string, filter: FilterGroup | null): string => JSON.stringify([q.trim(), filter]);

/** What the bulk-action endpoint is told to act on. */
export function bulkTarget(s: Selection, q: string, filter: FilterGroup | null) {
  if (s.mode === 'ids') return { ids: [...s.ids] };
  return { selection: { ...(q.trim() ? { q: q.trim() } : {}), filter } };
}
