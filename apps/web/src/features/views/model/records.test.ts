import type { FilterGroup, Page } from '@rapport/contracts';
import type { InfiniteData } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api';
import { filterErrors, filterNodePath } from './filter-errors';
import { columnFilter, fieldPatch, noGroup, getFieldValue, moveItem, prependToPages, removeFromPages, replaceInPages, setFieldValue } from './records';
import { bulkTarget, pageState, selectionFor, setAll, toggleId, emptySelection } from './selection';

const record = { id: '1', name: '林美玲', address: { city: '台北市', country: 'TW' }, custom: { vip_level: 'gold' } };

describe('record fields', () => {
  it('reads and writes fields by path', () => {
    expect(getFieldValue(record, 'name')).toBe('林美玲');
    expect(getFieldValue(record, 'address.city')).toBe('台北市');
    expect(getFieldValue(record, 'custom.vip_level')).toBe('gold');
    expect(getFieldValue(record, 'custom.missing')).toBeUndefined();
    const next = setFieldValue(record, 'address.city', '高雄市');
    expect(next.address).toEqual({ city: '高雄市', country: 'TW' });
    expect(record.address.city).toBe('台北市');
  });

  it('builds PATCH bodies with nested parts in their object', () => {
    expect(fieldPatch('email', 'a@b.tw')).toEqual({ email: 'a@b.tw' });
    expect(fieldPatch('custom.vip_level', 'gold')).toEqual({ custom: { vip_level: 'gold' } });
    expect(fieldPatch('address.city', null)).toEqual({ address: { city: null } });
  });

  it('edits cached pages', () => {
    const data: InfiniteData<Page<{ id: string; n: number }>, unknown> = {
      pages: [{ data: [{ id: 'a', n: 1 }], nextCursor: 'x' }, { data: [{ id: 'b', n: 2 }], nextCursor: null }],
      pageParams: [undefined, 'x'],
    };
    expect(replaceInPages(data, 'b', (r) => ({ ...r, n: 3 }))?.pages[1]?.data[0]).toEqual({ id: 'b', n: 3 });
    expect(replaceInPages(data, 'zz', (r) => r)).toBe(data);
    expect(removeFromPages(data, 'a')?.pages[0]?.data).toEqual([]);
    expect(prependToPages(data, { id: 'c', n: 0 })?.pages[0]?.data.map((r) => r.id)).toEqual(['c', 'a']);
    expect(prependToPages(data, { id: 'b', n: 0 })).toBe(data);
  });

  it('narrows a kanban column to its stage, or to records without one', () => {
    const f: FilterGroup = { type: 'group', combinator: 'or', children: [] };
    expect(columnFilter(f, 'lifecycleStage', 'lead')).toEqual({
      type: 'group',
      combinator: 'and',
      children: [f, { type: 'condition', field: 'lifecycleStage', op: 'eq', value: 'lead' }],
    });
    expect(columnFilter(null, 'lifecycleStage', noGroup).children).toEqual([{ type: 'condition', field: 'lifecycleStage', op: 'is_not_set' }]);
  });

  it('reorders columns', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a'], 0, 3)).toEqual(['a']);
  });
});

describe('server errors next to conditions', () => {
  it('finds the condition an error path points at', () => {
    expect(filterNodePath('filter.children.1.value')).toEqual([1]);
    expect(filterNodePath('body.filter.children[2].children[0].field')).toEqual([2, 0]);
    expect(filterNodePath('filter')).toEqual([]);
    expect(filterNodePath('sort.field')).toBeNull();
  });

  it('maps errors back through the paths of the sent tree', () => {
    const error = new ApiError(400, {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      code: 'validation_failed',
      errors: [
        { path: 'filter.children.0.value', message: 'Not a number' },
        { path: 'sort.field', message: 'Unknown field' },
      ],
    }, 'x');
    const out = filterErrors(error, new Map([['', ''], ['0', '2']]));
    expect(out.byNode.get('2')).toBe('Not a number');
    expect(out.other).toEqual(['sort.field: Unknown field']);
    expect(filterErrors(new ApiError(500, null, 'x'), new Map()).byNode.size).toBe(0);
    // A kanban column sends the user's filter as the first child of its own AND group.
    const column = new ApiError(400, { ...error.problem!, errors: [{ path: 'filter.children.0.children.0.value', message: 'Bad' }] }, 'x');
    expect(filterErrors(column, new Map([['0', '2']]), [0]).byNode.get('2')).toBe('Bad');
  });
});

describe('selection', () => {
  it('ticks rows, all rows and "all matching", and forgets them when the query changes', () => {
    let s = emptySelection('q1');
    s = toggleId(s, 'a', ['a', 'b']);
    expect(pageState(s, ['a', 'b'])).toBe('some');
    s = setAll(s, ['a', 'b'], true);
    expect(pageState(s, ['a', 'b'])).toBe('all');
    expect(bulkTarget(s, '', null)).toEqual({ ids: ['a', 'b'] });
    const all = { scope: 'q1', mode: 'all' } as const;
    expect(bulkTarget(all, ' mei ', null)).toEqual({ selection: { q: 'mei', filter: null } });
    expect(toggleId(all, 'a', ['a', 'b', 'c'])).toEqual({ scope: 'q1', mode: 'ids', ids: new Set(['b', 'c']) });
    expect(selectionFor(s, 'q2')).toEqual(emptySelection('q2'));
  });
});
