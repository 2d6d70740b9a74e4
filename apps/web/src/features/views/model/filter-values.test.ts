import type { FieldDescriptor, FilterCondition, FilterGroup } from '@rapport/contracts';
import { describe, expect, it } from 'vitest';
import { changeField, convertValue, defaultValue, isComplete, newCondition, sendableFilter, valueKind } from './filter-values';

const field = (path: string, type: FieldDescriptor['type'], operators: FieldDescriptor['operators']): FieldDescriptor => ({
  path,
  label: path,
  type,
  isCustom: false,
  isSortable: true,
  isEditable: true,
  operators,
});

const c = (field: string, op: FilterCondition['op'], value?: FilterCondition['value']): FilterCondition =>
  value === undefined ? { type: 'condition', field, op } : { type: 'condition', field, op, value };

describe('filter values', () => {
  it('knows which input each operator needs', () => {
    expect(valueKind('is_set')).toBe('none');
    expect(valueKind('anniversary_this_month')).toBe('none');
    expect(valueKind('in')).toBe('multi');
    expect(valueKind('all')).toBe('multi');
    expect(valueKind('between')).toBe('range');
    expect(valueKind('within_last_days')).toBe('days');
    expect(valueKind('contains')).toBe('single');
  });

  it('starts values by operator and field type', () => {
    expect(defaultValue('is_set', undefined)).toBeUndefined();
    expect(defaultValue('eq', { type: 'boolean' })).toBe(true);
    expect(defaultValue('between', { type: 'date' })).toEqual(['', '']);
    expect(newCondition(field('tags', 'tags', ['in', 'not_in', 'all']))).toEqual(c('tags', 'in', []));
    expect(newCondition(field('birthday', 'date', ['is_set']))).toEqual(c('birthday', 'is_set'));
  });

  it('keeps what was typed when the operator changes', () => {
    expect(convertValue('Taipei', 'in', undefined)).toEqual(['Taipei']);
    expect(convertValue(['a', 'b'], 'eq', undefined)).toBe('a');
    expect(convertValue('x', 'is_set', undefined)).toBeUndefined();
    expect(convertValue('x', 'within_last_days', undefined)).toBe(30);
  });

  it('keeps the operator when the new field offers it', () => {
    const city = field('address.city', 'text', ['eq', 'contains']);
    expect(changeField(c('email', 'contains', 'a'), city)).toEqual(c('address.city', 'contains', ''));
    expect(changeField(c('email', 'starts_with', 'a'), city)).toEqual(c('address.city', 'eq', ''));
  });

  it('tells finished conditions from unfinished ones', () => {
    expect(isComplete(c('email', 'eq', ''))).toBe(false);
    expect(isComplete(c('email', 'eq', '  '))).toBe(false);
    expect(isComplete(c('email', 'eq', 'a'))).toBe(true);
    expect(isComplete(c('x', 'eq', 0))).toBe(true);
    expect(isComplete(c('x', 'eq', false))).toBe(true);
    expect(isComplete(c('tags', 'in', []))).toBe(false);
    expect(isComplete(c('tags', 'in', ['vip']))).toBe(true);
    expect(isComplete(c('n', 'between', [1, '']))).toBe(false);
    expect(isComplete(c('n', 'between', [1, 5]))).toBe(true);
    expect(isComplete(c('d', 'within_last_days', 0))).toBe(false);
    expect(isComplete(c('d', 'within_last_days', 7))).toBe(true);
    expect(isComplete(c('d', 'is_set'))).toBe(true);
  });

  it('sends only finished conditions and maps sent paths back to the builder', () => {
    const tree: FilterGroup = {
      type: 'group',
      combinator: 'and',
      children: [
        c('email', 'eq', ''),
        c('city', 'eq', 'Taipei'),
        { type: 'group', combinator: 'or', children: [c('tags', 'in', []), c('tags', 'in', ['vip']), c('x', 'is_set', null)] },
        { type: 'group', combinator: 'or', children: [c('y', 'eq', '')] },
      ],
    };
    const { filter, origin } = sendableFilter(tree);
    expect(filter).toEqual({
      type: 'group',
      combinator: 'and',
      children: [c('city', 'eq', 'Taipei'), { type: 'group', combinator: 'or', children: [c('tags', 'in', ['vip']), c('x', 'is_set')] }],
    });
    expect(origin.get('0')).toBe('1');
    expect(origin.get('1')).toBe('2');
    expect(origin.get('1.0')).toBe('2.1');
    expect(origin.get('1.1')).toBe('2.2');
    expect(origin.get('')).toBe('');
    expect(sendableFilter({ type: 'group', combinator: 'and', children: [c('a', 'eq', '')] }).filter).toBeNull();
    expect(sendableFilter(null).filter).toBeNull();
  });
});
