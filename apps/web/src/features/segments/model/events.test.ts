import { describe, expect, it } from 'vitest';
import { eventChoices, eventKey, parseEventKey, propertyKeysOf, withPropertyOp } from './events';

const events = [
  { type: 'track', name: 'Product Viewed', count: 12, propertyKeys: ['category', 'price'] },
  { type: 'page', name: 'Home', count: 30, propertyKeys: ['path'] },
  { type: 'track', name: 'Order Completed', count: 0, propertyKeys: [] },
];

describe('event choices', () => {
  it('groups received events by kind and the standard ones not received yet', () => {
    const groups = eventChoices(events, null, (g) => g);
    expect(groups.map((g) => [g.group, g.items.map((i) => i.label)])).toEqual([
      ['track', ['Product Viewed']],
      ['page', ['Home']],
      ['standard', ['Order Completed']],
    ]);
  });

  it('keeps an event a stored definition names though the catalogue lacks it', () => {
    const groups = eventChoices(events, { event: 'Gift Wrapped' }, (g) => g);
    expect(groups[0]!.items[0]).toEqual({ value: 'track|Gift Wrapped', label: 'Gift Wrapped' });
  });

  it('tells a page from a track event of the same name', () => {
    expect(parseEventKey(eventKey({ event: 'Home', eventType: 'page' }))).toEqual({ event: 'Home', eventType: 'page' });
    expect(parseEventKey('track|A|B')).toEqual({ event: 'A|B', eventType: 'track' });
    expect(propertyKeysOf(events, { event: 'Home', eventType: 'page' })).toEqual(['path']);
  });
});

describe('property operators', () => {
  it('keeps what was typed where the new operator can use it', () => {
    expect(withPropertyOp({ property: 'price', op: 'eq', value: '100' }, 'gt')).toEqual({ property: 'price', op: 'gt', value: 100 });
    expect(withPropertyOp({ property: 'price', op: 'eq', value: 'tea' }, 'gt')).toEqual({ property: 'price', op: 'gt' });
    expect(withPropertyOp({ property: 'category', op: 'eq', value: 'tea' }, 'in')).toEqual({ property: 'category', op: 'in', value: ['tea'] });
    expect(withPropertyOp({ property: 'category', op: 'in', value: ['tea', 'cups'] }, 'eq')).toEqual({ property: 'category', op: 'eq', value: 'tea' });
    expect(withPropertyOp({ property: 'category', op: 'eq', value: 'tea' }, 'is_set')).toEqual({ property: 'category', op: 'is_set' });
  });
});
