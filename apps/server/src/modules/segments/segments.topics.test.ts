import { describe, expect, it } from 'vitest';
import type { SegmentGroup, SegmentNode } from '@rapport/contracts';
import { eventDirection, settled } from './segments.topics.js';

const viewed = 'event:track:Product Viewed';
const last7 = { kind: 'last_days', days: 7 } as const;
const views = (op: 'gte' | 'lte' | 'eq', value: number): SegmentNode => ({ type: 'event', event: 'Product Viewed', count: { op, value }, window: last7 });
const group = (combinator: 'and' | 'or', children: SegmentNode[], negate = false): SegmentGroup => ({ type: 'group', combinator, negate, children });

describe('which way added events move a definition', () => {
  it('follows counts, times, aggregates and sequences, through groups and their negation', () => {
    expect(eventDirection(group('and', [views('gte', 3)]), viewed)).toBe('up');
    expect(eventDirection(group('and', [views('lte', 3)]), viewed)).toBe('down');
    expect(eventDirection(group('and', [views('eq', 0)]), viewed)).toBe('down');
    expect(eventDirection(group('and', [views('eq', 2)]), viewed)).toBe('mixed');
    expect(eventDirection(group('and', [views('gte', 3)], true), viewed)).toBe('down');
    expect(eventDirection(group('or', [views('gte', 3), views('lte', 1)]), viewed)).toBe('mixed');
    expect(eventDirection(group('and', [views('gte', 3), { type: 'condition', field: 'firstName', op: 'eq', value: 'A' }]), viewed)).toBe('up');
    expect(eventDirection(group('and', [views('gte', 3)]), 'event:track:Product Added')).toBe('none');
    expect(eventDirection(group('and', [views('gte', 3)]), 'profile')).toBe('mixed');
    const aggregate = (agg: 'count_distinct' | 'sum' | 'max', op: 'gte' | 'lt'): SegmentNode => ({ type: 'event_aggregate', event: 'Product Viewed', property: 'sku', agg, op, value: 5, window: last7 });
    expect(eventDirection(group('and', [aggregate('count_distinct', 'gte')]), viewed)).toBe('up');
    expect(eventDirection(group('and', [aggregate('count_distinct', 'lt')]), viewed)).toBe('down');
    expect(eventDirection(group('and', [aggregate('sum', 'gte')]), viewed)).toBe('mixed');
    expect(eventDirection(group('and', [aggregate('max', 'gte')]), viewed)).toBe('up');
    const last = (op: 'after' | 'before'): SegmentNode => ({ type: 'event_time', event: 'Product Viewed', which: 'last', op, value: '2026-01-01' });
    expect(eventDirection(group('and', [last('after')]), viewed)).toBe('up');
    expect(eventDirection(group('and', [last('before')]), viewed)).toBe('mixed');
    const abandoned: SegmentNode = { type: 'event_sequence', first: { event: 'Product Viewed' }, then: { event: 'Product Added' }, thenPerformed: false, withinHours: 24, window: last7 };
    expect(eventDirection(group('and', [abandoned]), viewed)).toBe('mixed');
    expect(eventDirection(group('and', [abandoned]), 'event:track:Product Added')).toBe('down');
    const opened: SegmentNode = { type: 'message', action: 'opened', count: { op: 'gte', value: 1 }, window: last7 };
    expect(eventDirection(group('and', [opened]), 'event:track:Message Opened')).toBe('up');
  });

  it('settles a contact only when every mark it is read for points where it already is', () => {
    const def = group('and', [views('gte', 3)]);
    const reads = new Set(['profile', viewed]);
    const dir = (t: string) => eventDirection(def, t);
    expect(settled([viewed, 'seen'], reads, dir, true)).toBe(true);
    expect(settled([viewed], reads, dir, false)).toBe(false);
    expect(settled([viewed, 'profile'], reads, dir, true)).toBe(false);
    expect(settled([], reads, dir, true)).toBe(false);
  });
});
