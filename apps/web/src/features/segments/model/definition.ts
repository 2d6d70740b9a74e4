import type { FieldDescriptor, SegmentCatalog, SegmentCondition, SegmentConditionType, SegmentGroup, SegmentNode } from '@rapport/contracts';
import { isFilterConditionComplete, newFilterCondition, pathKey, type NodePath } from '../../views/model';
import { isEventRefComplete } from './events';

export const emptyDefinition = (): SegmentGroup => ({ type: 'group', combinator: 'and', children: [] });

/** What the "add condition" menu offers, in its sections; `did_not_perform` is an event condition with count 0. */
export type ConditionChoice = SegmentConditionType | 'did_not_perform';
export const conditionMenu: { section: string; choices: ConditionChoice[] }[] = [
  { section: 'profile', choices: ['condition'] },
  { section: 'behaviour', choices: ['event', 'did_not_perform', 'event_time', 'event_sequence', 'event_aggregate'] },
  { section: 'commerce', choices: ['orders', 'bought', 'coupon', 'order_channel'] },
  { section: 'engagement', choices: ['message', 'model'] },
  { section: 'other', choices: ['segment', 'random'] },
];

const last30 = { kind: 'last_days', days: 30 } as const;

/** A first field that can be filtered on, for a fresh profile or model condition. */
const firstFilterable = (fields: FieldDescriptor[]) => fields.find((f) => f.operators.length > 0);

/**
 * A fresh condition of a kind, with values that make sense as they stand where there are such
 * (the abandonment pattern starts as "started checkout, no order within a day") and empty ones
 * where only the user can say (which event), which keep it out of the preview until filled.
 */
export function newCondition(choice: ConditionChoice, catalog: Pick<SegmentCatalog, 'profile' | 'models'>): SegmentCondition {
  switch (choice) {
    case 'condition': {
      const field = firstFilterable(catalog.profile);
      return field ? newFilterCondition(field) : { type: 'condition', field: 'email', op: 'is_set' };
    }
    case 'model': {
      const field = firstFilterable(catalog.models);
      const c = field ? newFilterCondition(field) : { field: 'rfm.group', op: 'is_set' as const, value: undefined };
      return c.value === undefined ? { type: 'model', field: c.field, op: c.op } : { type: 'model', field: c.field, op: c.op, value: c.value };
    }
    case 'event':
      return { type: 'event', event: '', count: { op: 'gte', value: 1 }, window: last30 };
    case 'did_not_perform':
      return { type: 'event', event: '', count: { op: 'eq', value: 0 }, window: last30 };
    case 'event_time':
      return { type: 'event_time', event: '', which: 'last', op: 'within_last_days', value: 30 };
    case 'event_sequence':
      return { type: 'event_sequence', first: { event: 'Checkout Started' }, then: { event: 'Order Completed' }, thenPerformed: false, withinHours: 24, window: { kind: 'last_days', days: 7 } };
    case 'event_aggregate':
      return { type: 'event_aggregate', event: '', property: '', agg: 'sum', window: last30, op: 'gte', value: 1 };
    case 'orders':
      return { type: 'orders', metric: 'count', window: { kind: 'ever' }, op: 'gte', value: 1 };
    case 'bought':
      return { type: 'bought', by: 'category', values: [], window: { kind: 'ever' } };
    case 'coupon':
      return { type: 'coupon', codes: [], window: { kind: 'ever' } };
    case 'order_channel':
      return { type: 'order_channel', channels: ['online'], window: { kind: 'ever' } };
    case 'message':
      return { type: 'message', action: 'opened', count: { op: 'gte', value: 1 }, window: last30 };
    case 'segment':
      return { type: 'segment', segmentId: '', member: true };
    case 'random':
      return { type: 'random', from: 0, to: 9, salt: '' };
  }
}

const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const isCompare = (v: unknown) => isNumber(v) || (Array.isArray(v) && v.length === 2 && v.every(isNumber));

/** Whether a condition says enough to be previewed; unfinished ones wait in the builder. */
export function isConditionComplete(c: SegmentCondition): boolean {
  switch (c.type) {
    case 'condition':
      return isFilterConditionComplete(c);
    case 'model':
      return isFilterConditionComplete({ type: 'condition', field: c.field, op: c.op, value: c.value });
    case 'event':
      return isEventRefComplete(c) && isNumber(c.count.value);
    case 'event_time':
      return isEventRefComplete(c) && (typeof c.value === 'string' ? /^\d{4}-\d{2}-\d{2}$/.test(c.value) : isNumber(c.value));
    case 'event_sequence':
      return isEventRefComplete(c.first) && isEventRefComplete(c.then) && isNumber(c.withinHours);
    case 'event_aggregate':
      return isEventRefComplete(c) && c.property !== '' && isCompare(c.value);
    case 'orders':
      return isCompare(c.value);
    case 'bought':
      return c.values.length > 0;
    case 'order_channel':
      return c.channels.length > 0;
    case 'segment':
      return c.segmentId !== '';
    case 'coupon':
    case 'message':
    case 'random':
      return true;
  }
}

export interface SendableDefinition {
  /** The definition without unfinished conditions (and the groups they leave empty). */
  definition: SegmentGroup;
  /** Sent path → path in the builder, to place the server's errors next to the right condition. */
  origin: Map<string, string>;
}

/** The part of the builder's definition that can be previewed. */
export function sendableDefinition(root: SegmentGroup): SendableDefinition {
  const origin = new Map<string, string>([['', '']]);
  const walk = (group: SegmentGroup, from: NodePath, to: NodePath): SegmentGroup => {
    const children: SegmentNode[] = [];
    group.children.forEach((child, i) => {
      const childFrom = [...from, i];
      const childTo = [...to, children.length];
      if (child.type !== 'group') {
        if (!isConditionComplete(child)) return;
        origin.set(pathKey(childTo), pathKey(childFrom));
        children.push(child);
        return;
      }
      const inner = walk(child, childFrom, childTo);
      if (inner.children.length) {
        origin.set(pathKey(childTo), pathKey(childFrom));
        children.push(inner);
      }
    });
    return { ...group, children };
  };
  return { definition: walk(root, [], []), origin };
}

/** Builder paths of the conditions not finished yet, to point at them when saving. */
export function unfinishedConditions(root: SegmentGroup): string[] {
  const out: string[] = [];
  const walk = (node: SegmentNode, path: NodePath) => {
    if (node.type === 'group') node.children.forEach((c, i) => walk(c, [...path, i]));
    else if (!isConditionComplete(node)) out.push(pathKey(path));
  };
  walk(root, []);
  return out;
}

/** JSON with every object's keys in order, so two definitions compare by content. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );

/** Whether two definitions say the same; a stored one comes back from jsonb with its keys reordered. */
export const sameDefinition = (a: SegmentGroup | null, b: SegmentGroup | null): boolean => canonical(a) === canonical(b);
