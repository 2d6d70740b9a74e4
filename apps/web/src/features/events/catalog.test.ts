import type { EventCatalogEntry } from '@rapport/contracts';
import { describe, expect, it } from 'vitest';
import { filterCatalog, validateEventsSearch } from './catalog';

const entry = (type: EventCatalogEntry['type'], name: string, keys: string[] = []): EventCatalogEntry => ({
  type,
  name,
  count: 3,
  firstSeenAt: '2026-01-01T00:00:00.000Z',
  lastSeenAt: '2026-01-02T00:00:00.000Z',
  properties: keys.map((key) => ({ key, count: 1, lastSeenAt: '2026-01-02T00:00:00.000Z' })),
});

describe('event catalogue', () => {
  const entries = [entry('track', 'Product Viewed', ['sku']), entry('page', 'Home', ['path']), entry('page', ''), entry('identify', '', ['email'])];

  it('filters by name or property key, case-insensitively, and by type', () => {
    expect(filterCatalog(entries, 'product', null).map((e) => e.name)).toEqual(['Product Viewed']);
    expect(filterCatalog(entries, 'EMAIL', null).map((e) => e.type)).toEqual(['identify']);
    expect(filterCatalog(entries, '', 'page').map((e) => e.name)).toEqual(['Home', '']);
  });

  it('reads the selected event from the URL, and ignores an unknown type', () => {
    expect(validateEventsSearch({ type: 'track', name: 'Product Viewed' })).toEqual({ type: 'track', name: 'Product Viewed' });
    expect(validateEventsSearch({ type: 'page' })).toEqual({ type: 'page', name: '' });
    expect(validateEventsSearch({ type: 'order', name: 'x' })).toEqual({});
  });
});
