import type { FieldDescriptor, FilterCondition, FilterGroup, FilterNode, FilterOperator } from '@rapport/contracts';
import { pathKey, type NodePath } from './filter-tree';

export type FilterValue = FilterCondition['value'];
type Scalar = string | number | boolean;

/** What an operator's value looks like, and so which input the builder shows. */
export type ValueKind = 'none' | 'single' | 'multi' | 'range' | 'days';

const kinds: Record<FilterOperator, ValueKind> = {
  eq: 'single',
  neq: 'single',
  contains: 'single',
  not_contains: 'single',
  starts_with: 'single',
  in: 'multi',
  not_in: 'multi',
  all: 'multi',
  gt: 'single',
  gte: 'single',
  lt: 'single',
  lte: 'single',
  between: 'range',
  is_set: 'none',
  is_not_set: 'none',
  within_last_days: 'days',
  within_next_days: 'days',
  before_last_days: 'days',
  anniversary_this_month: 'none',
};

export const valueKind = (op: FilterOperator): ValueKind => kinds[op];

/** The days a fresh "within the last N days" starts with. */
export const defaultDays = 30;

/** The value a condition starts with when its operator is chosen. */
export function defaultValue(op: FilterOperator, field: Pick<FieldDescriptor, 'type'> | undefined): FilterValue {
  switch (valueKind(op)) {
    case 'none':
      return undefined;
    case 'multi':
      return [];
    case 'range':
      return ['', ''];
    case 'days':
      return defaultDays;
    case 'single':
      return field?.type === 'boolean' ? true : '';
  }
}

const filled = (v: unknown): v is Scalar =>
  (typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean';

/** The value carried over when the operator changes, so switching eq → in keeps what was typed. */
export function convertValue(value: FilterValue, op: FilterOperator, field: Pick<FieldDescriptor, 'type'> | undefined): FilterValue {
  const kind = valueKind(op);
  if (kind === 'none') return undefined;
  if (kind === 'single' && filled(value)) return value;
  if (kind === 'single' && Array.isArray(value) && filled(value[0])) return value[0];
  if (kind === 'multi' && Array.isArray(value)) return value.filter(filled);
  if (kind === 'multi' && filled(value)) return [value];
  if (kind === 'days' && typeof value === 'number' && value > 0) return value;
  if (kind === 'range' && Array.isArray(value) && value.length === 2) return value;
  return defaultValue(op, field);
}

/** A fresh condition on `field`: its first operator and that operator's starting value. */
export function newCondition(field: FieldDescriptor): FilterCondition {
  const op = field.operators[0] ?? 'eq';
  const value = defaultValue(op, field);
  return value === undefined ? { type: 'condition', field: field.path, op } : { type: 'condition', field: field.path, op, value };
}

/** A condition for `field` after the user picked another field: the operator is kept when the new field offers it. */
export function changeField(condition: FilterCondition, field: FieldDescriptor): FilterCondition {
  const op = field.operators.includes(condition.op) ? condition.op : (field.operators[0] ?? 'eq');
  const value = defaultValue(op, field);
  return value === undefined ? { type: 'condition', field: field.path, op } : { type: 'condition', field: field.path, op, value };
}

/** Whether the condition says enough to be sent; unfinished ones wait in the builder. */
export function isComplete(condition: FilterCondition): boolean {
  const v = condition.value;
  switch (valueKind(condition.op)) {
    case 'none':
      return true;
    case 'single':
      return filled(v);
    case 'multi':
      return Array.isArray(v) && v.some(filled);
    case 'range':
      return Array.isArray(v) && v.length === 2 && filled(v[0]) && filled(v[1]);
    case 'days':
      return typeof v === 'number' ? Number.isInteger(v) && v > 0 : typeof v === 'string' && /^\d+$/.test(v) && Number(v) > 0;
  }
}

export interface SendableFilter {
  /** The tree without unfinished conditions (and groups they leave empty); null when nothing is left. */
  filter: FilterGroup | null;
  /** Sent path → path in the builder, to place the server's errors next to the right condition. */
  origin: Map<string, string>;
}

/** The part of the builder's tree that can be sent to the server. */
export function sendableFilter(root: FilterGroup | null | undefined): SendableFilter {
  const origin = new Map<string, string>();
  if (!root) return { filter: null, origin };
  const walk = (group: FilterGroup, from: NodePath, to: NodePath): FilterGroup | null => {
    const children: FilterNode[] = [];
    group.children.forEach((child, i) => {
      const childFrom = [...from, i];
      const childTo = [...to, children.length];
      if (child.type === 'condition') {
        if (!isComplete(child)) return;
        origin.set(pathKey(childTo), pathKey(childFrom));
        children.push(child);
        return;
      }
      const inner = walk(child, childFrom, childTo);
      if (inner) {
        origin.set(pathKey(childTo), pathKey(childFrom));
        children.push(inner);
      }
    });
    if (!children.length) return null;
    return { ...group, children: children.map(stripNoValue) };
  };
  const filter = walk(root, [], []);
  if (filter) origin.set('', '');
  return { filter, origin };
}

/** Operators without a value carry none on the wire. */
function stripNoValue(node: FilterNode): FilterNode {
  if (node.type !== 'condition' || valueKind(node.op) !== 'none' || !('value' in node)) return node;
  const { value: _value, ...rest } = node;
  return rest;
}
