import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useSavedViews } from '../api/views';
import type { ViewEntity } from '../api/entity';
import {
  decodeListSearch,
  encodeListSearch,
  overridesFor,
  resolveListState,
  unsavedKeys,
  viewState,
  type ListSearch,
  type ListState,
} from '../model/list-state';

/**
 * The list's state, kept in the URL so a link reproduces it: `?view=` picks a saved view and
 * `q`, `filter`, `sort`, `cols`, `layout` hold unsaved changes on top of it. The route declares only
 * `q`; the others pass through its search validation untouched, so they are read without `strict`.
 */
export function useListUrl(entity: ViewEntity, defaultColumns: string[]) {
  const raw = useSearch({ strict: false }) as Record<string, unknown>;
  const navigate = useNavigate();
  const viewsQuery = useSavedViews(entity);
  const search = useMemo(() => decodeListSearch(raw), [raw]);
  const views = viewsQuery.data ?? [];
  const view = views.find((v) => v.id === search.viewId) ?? null;
  const base = useMemo(() => viewState(view, defaultColumns), [view, defaultColumns]);
  const state = useMemo(() => resolveListState(base, search), [base, search]);
  const changed = unsavedKeys(base, state);

  const write = (next: ListSearch, replace: boolean) =>
    void navigate({
      to: '.',
      search: ((prev: Record<string, unknown>) => ({ ...prev, ...encodeListSearch(next) })) as never,
      replace,
    });

  return {
    views,
    viewsQuery,
    /** The selected saved view; null for the built-in "all records". */
    view,
    base,
    state,
    /** What differs from the saved view. */
    changed,
    setState: (patch: Partial<ListState>) => write({ viewId: search.viewId, overrides: overridesFor(base, { ...state, ...patch }) }, true),
    selectView: (id: string | null) => write({ viewId: id, overrides: {} }, false),
    /** Forgets the unsaved changes. */
    reset: () => write({ viewId: search.viewId, overrides: {} }, true),
  };
}

export type ListUrl = ReturnType<typeof useListUrl>;
