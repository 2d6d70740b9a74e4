import { filterGroupSchema, type FilterGroup, type SavedView, type SavedViewInput, type Sort } from '@rapport/contracts';
import { andWith, countConditions } from './filter-tree';
import { sendableFilter } from './filter-values';

export type Layout = 'table' | 'kanban';

/** Everything that decides what a record list shows; what a saved view stores. */
export interface ListState {
  q: string;
  filter: FilterGroup | null;
  sort: Sort | null;
  columns: string[];
  layout: Layout;
}

/** Unsaved changes on top of the selected view. An absent key means "as the view has it". */
export type ListOverrides = Partial<ListState>;

/** The list's part of the page URL: the selected view and the unsaved changes on top of it. */
export interface ListSearch {
  viewId: string | null;
  overrides: ListOverrides;
  /** `?tag=` from links elsewhere in the app: one more "tags has" condition. */
  tag?: string;
}

/** The search params this module writes; each is set to undefined when unused, so it leaves the URL. */
export const listSearchKeys = ['view', 'q', 'filter', 'sort', 'cols', 'layout', 'tag'] as const;

const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function decodeFilter(raw: unknown): FilterGroup | null | undefined {
  if (raw === null) return null;
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw) as unknown;
    } catch {
      return undefined;
    }
  }
  if (value === null) return null;
  const parsed = filterGroupSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

function decodeSort(raw: unknown): Sort | null | undefined {
  if (raw === null) return null;
  const s = asString(raw);
  if (!s) return undefined;
  const at = s.lastIndexOf(':');
  const field = at > 0 ? s.slice(0, at) : s;
  const order = at > 0 ? s.slice(at + 1) : 'asc';
  return field && (order === 'asc' || order === 'desc') ? { field, order } : undefined;
}

/** Reads the list's search params; anything malformed is ignored rather than fatal. */
export function decodeListSearch(raw: Record<string, unknown>): ListSearch {
  const overrides: ListOverrides = {};
  const q = asString(raw.q);
  // A blank `q` means "no search" even when the view has one (the router drops an empty string).
  // Other text is kept as typed: the search box shows it, spaces between words included.
  if (q !== undefined) overrides.q = q.trim() ? q : '';
  const filter = decodeFilter(raw.filter);
  if (filter !== undefined) overrides.filter = filter;
  const sort = decodeSort(raw.sort);
  if (sort !== undefined) overrides.sort = sort;
  const cols = Array.isArray(raw.cols) ? raw.cols.filter((c): c is string => typeof c === 'string') : asString(raw.cols)?.split(',');
  if (cols) overrides.columns = cols.map((c) => c.trim()).filter(Boolean);
  if (raw.layout === 'table' || raw.layout === 'kanban') overrides.layout = raw.layout;
  const viewId = asString(raw.view) || null;
  const tag = asString(raw.tag)?.trim();
  return tag ? { viewId, overrides, tag } : { viewId, overrides };
}

/** The search params for `search`: every list key present, undefined when unused. */
export function encodeListSearch(search: ListSearch): Record<(typeof listSearchKeys)[number], unknown> {
  const o = search.overrides;
  return {
    view: search.viewId ?? undefined,
    q: o.q === undefined ? undefined : o.q || ' ',
    filter: o.filter === undefined ? undefined : o.filter,
    sort: o.sort === undefined ? undefined : o.sort ? `${o.sort.field}:${o.sort.order}` : null,
    cols: o.columns === undefined ? undefined : o.columns.join(','),
    layout: o.layout,
    tag: search.tag,
  };
}

/** What the list shows: the view's state with the overrides (and a `?tag=`) on top. */
export function resolveListState(base: ListState, search: Pick<ListSearch, 'overrides' | 'tag'>): ListState {
  const state = { ...base, ...search.overrides };
  if (search.tag) state.filter = andWith(state.filter, { type: 'condition', field: 'tags', op: 'in', value: [search.tag] });
  return state;
}

const sameFilter = (a: FilterGroup | null, b: FilterGroup | null) =>
  (countConditions(a) === 0 && countConditions(b) === 0) || JSON.stringify(a) === JSON.stringify(b);

const equal: { [K in keyof ListState]: (a: ListState[K], b: ListState[K]) => boolean } = {
  q: (a, b) => a.trim() === b.trim(),
  filter: sameFilter,
  sort: (a, b) => (a?.field ?? null) === (b?.field ?? null) && (a?.order ?? null) === (b?.order ?? null),
  columns: (a, b) => a.join(',') === b.join(','),
  layout: (a, b) => a === b,
};

/** The keys where `state` differs from `base`, unfinished conditions included: what the URL keeps. */
export function changedKeys(base: ListState, state: ListState): (keyof ListState)[] {
  return (Object.keys(equal) as (keyof ListState)[]).filter((k) => !(equal[k] as (a: unknown, b: unknown) => boolean)(base[k], state[k]));
}

/**
 * The keys where `state` differs from `base` in what a save would store: a condition still being
 * written is not a change yet. What "Update view" offers to save.
 */
export function unsavedKeys(base: ListState, state: ListState): (keyof ListState)[] {
  return changedKeys({ ...base, filter: sendableFilter(base.filter).filter }, { ...state, filter: sendableFilter(state.filter).filter });
}

/** The smallest overrides that turn `base` into `state`. */
export function overridesFor(base: ListState, state: ListState): ListOverrides {
  const out: ListOverrides = {};
  for (const key of changedKeys(base, state)) (out as Record<string, unknown>)[key] = state[key];
  return out;
}

/** A saved view as list state; a view without columns shows the defaults. */
export function viewState(view: SavedView | null | undefined, defaultColumns: string[]): ListState {
  return {
    q: view?.q ?? '',
    filter: view?.filter ?? null,
    sort: view?.sort ?? null,
    columns: view?.columns.length ? view.columns : defaultColumns,
    layout: view?.layout ?? 'table',
  };
}

/** The body that saves `state` into a view; unfinished conditions are left out. */
export function viewInput(state: ListState): Omit<SavedViewInput, 'entity' | 'name'> {
  return {
    q: state.q.trim() || null,
    filter: sendableFilter(state.filter).filter,
    sort: state.sort,
    columns: state.columns,
    layout: state.layout,
  };
}

/** The sort after a click on a column header: ascending, then descending, then the default order. */
export function nextSort(sort: Sort | null, path: string): Sort | null {
  if (sort?.field !== path) return { field: path, order: 'asc' };
  return sort.order === 'asc' ? { field: path, order: 'desc' } : null;
}
