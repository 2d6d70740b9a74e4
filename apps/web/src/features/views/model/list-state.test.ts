import { defaultParseSearch, defaultStringifySearch } from '@tanstack/react-router';
import type { FilterGroup, SavedView } from '@rapport/contracts';
import { describe, expect, it } from 'vitest';
import { exportUrl } from './export-url';
import {
  changedKeys,
  decodeListSearch,
  encodeListSearch,
  nextSort,
  overridesFor,
  resolveListState,
  unsavedKeys,
  viewInput,
  viewState,
  type ListSearch,
  type ListState,
} from './list-state';

const filter: FilterGroup = {
  type: 'group',
  combinator: 'or',
  negate: true,
  children: [
    { type: 'condition', field: 'address.city', op: 'eq', value: '台北市' },
    { type: 'group', combinator: 'and', children: [{ type: 'condition', field: 'custom.vip_level', op: 'in', value: ['gold', 'silver'] }] },
  ],
};

const base: ListState = { q: '', filter: null, sort: null, columns: ['name', 'email'], layout: 'table' };

/** Through the router's own serialisation, as a link would carry it. */
const roundTrip = (search: ListSearch) => decodeListSearch(defaultParseSearch(defaultStringifySearch(encodeListSearch(search))));

describe('list state in the URL', () => {
  it('round-trips a view id and every kind of override through a URL', () => {
    const search: ListSearch = {
      viewId: '0190-view',
      overrides: { q: '林美玲', filter, sort: { field: 'custom.score', order: 'desc' }, columns: ['name', 'custom.vip_level'], layout: 'kanban' },
    };
    expect(roundTrip(search)).toEqual(search);
  });

  it('keeps the spaces of a search being typed', () => {
    expect(roundTrip({ viewId: null, overrides: { q: 'Grace ' } }).overrides.q).toBe('Grace ');
  });

  it('carries "no search", "no filter" and "no sort" on top of a view that has them', () => {
    const search: ListSearch = { viewId: 'v', overrides: { q: '', filter: null, sort: null } };
    expect(roundTrip(search)).toEqual(search);
  });

  it('leaves absent keys out of the URL and ignores malformed ones', () => {
    expect(defaultStringifySearch(encodeListSearch({ viewId: null, overrides: {} }))).toBe('');
    expect(decodeListSearch({ filter: '{"type":"group"', sort: 'x:sideways', layout: 'grid', cols: 42 })).toEqual({ viewId: null, overrides: {} });
    expect(decodeListSearch({ filter: { type: 'group', combinator: 'xor', children: [] } })).toEqual({ viewId: null, overrides: {} });
  });

  it('reads a filter given as a JSON string, and a ?tag= link as a condition', () => {
    expect(decodeListSearch({ filter: JSON.stringify(filter) }).overrides.filter).toEqual(filter);
    const state = resolveListState(base, decodeListSearch({ tag: 'vip' }));
    expect(state.filter).toEqual({ type: 'group', combinator: 'and', children: [{ type: 'condition', field: 'tags', op: 'in', value: ['vip'] }] });
  });
});

describe('views and unsaved changes', () => {
  const view: SavedView = {
    id: 'v1',
    entity: 'contact',
    name: 'VIPs',
    visibility: 'shared',
    ownerId: 'u1',
    layout: 'table',
    q: null,
    filter,
    sort: { field: 'createdAt', order: 'desc' },
    columns: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };

  it('shows a view with the default columns when it names none', () => {
    expect(viewState(view, ['name'])).toEqual({ q: '', filter, sort: view.sort, columns: ['name'], layout: 'table' });
    expect(viewState(null, ['name']).filter).toBeNull();
  });

  it('records only what differs from the view, and nothing once it matches again', () => {
    const vs = viewState(view, ['name']);
    const edited: ListState = { ...vs, q: ' mei ', layout: 'kanban' };
    expect(changedKeys(vs, edited)).toEqual(['q', 'layout']);
    expect(overridesFor(vs, edited)).toEqual({ q: ' mei ', layout: 'kanban' });
    expect(overridesFor(vs, { ...vs, filter: JSON.parse(JSON.stringify(filter)) as FilterGroup })).toEqual({});
    expect(changedKeys(base, { ...base, filter: { type: 'group', combinator: 'and', children: [] } })).toEqual([]);
  });

  it('does not count a condition still being written as an unsaved change', () => {
    const draft: FilterGroup = { type: 'group', combinator: 'and', children: [{ type: 'condition', field: 'email', op: 'eq', value: '' }] };
    expect(unsavedKeys(base, { ...base, filter: draft })).toEqual([]);
    expect(overridesFor(base, { ...base, filter: draft })).toEqual({ filter: draft });
  });

  it('saves a state without its unfinished conditions', () => {
    const withDraft: FilterGroup = { ...filter, children: [...filter.children, { type: 'condition', field: 'email', op: 'eq', value: '' }] };
    expect(viewInput({ ...base, q: '  ', filter: withDraft })).toEqual({ q: null, filter, sort: null, columns: ['name', 'email'], layout: 'table' });
  });

  it('cycles a column header through ascending, descending and no sort', () => {
    expect(nextSort(null, 'email')).toEqual({ field: 'email', order: 'asc' });
    expect(nextSort({ field: 'email', order: 'asc' }, 'email')).toEqual({ field: 'email', order: 'desc' });
    expect(nextSort({ field: 'email', order: 'desc' }, 'email')).toBeNull();
    expect(nextSort({ field: 'email', order: 'desc' }, 'phone')).toEqual({ field: 'phone', order: 'asc' });
  });

  it('builds the export link from the list state', () => {
    const url = new URL(exportUrl('contacts', { ...base, q: '林', filter, sort: { field: 'createdAt', order: 'desc' } }), 'http://x');
    expect(url.pathname).toBe('/api/v1/contacts/export');
    expect(url.searchParams.get('q')).toBe('林');
    expect(JSON.parse(url.searchParams.get('filter') ?? '')).toEqual(filter);
    expect(url.searchParams.get('sort')).toBe('createdAt');
    expect(url.searchParams.get('order')).toBe('desc');
    expect(url.searchParams.get('columns')).toBe('name,email');
  });
});
