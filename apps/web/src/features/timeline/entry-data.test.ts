import { describe, expect, it } from 'vitest';
import { flattenChanges, isRedundantChange, pageAddress, pageLabel, readEvent, readFieldChange, readMerge, readNote, readOrder, readSegment, summarize } from './entry-data';

describe('flattenChanges', () => {
  it('keeps changed fields and drops equal ones', () => {
    expect(
      flattenChanges({
        email: { before: 'a@x.com', after: 'b@y.com' },
        tags: { before: [], after: null },
        phone: { before: null, after: '+886912345678' },
      }),
    ).toEqual([
      { field: 'email', before: 'a@x.com', after: 'b@y.com' },
      { field: 'phone', before: null, after: '+886912345678' },
    ]);
  });

  it('expands objects into one change per changed key', () => {
    expect(
      flattenChanges({
        address: { before: { city: '台北市', country: 'TW' }, after: { city: '新北市', country: 'TW' } },
        custom: { before: null, after: { vip_level: 'gold' } },
      }),
    ).toEqual([
      { field: 'address.city', before: '台北市', after: '新北市' },
      { field: 'custom.vip_level', before: undefined, after: 'gold' },
    ]);
  });

  it('names address columns by their API path', () => {
    expect(flattenChanges({ addressCity: { before: null, after: '高雄市' } })).toEqual([{ field: 'address.city', before: null, after: '高雄市' }]);
  });

  it('tolerates malformed input', () => {
    expect(flattenChanges(null)).toEqual([]);
    expect(flattenChanges({ jobTitle: 'CTO' })).toEqual([{ field: 'jobTitle', before: undefined, after: 'CTO' }]);
  });
});

describe('readers', () => {
  it('read documented shapes and reject others', () => {
    expect(readNote({ noteId: 'n1', body: '<p>Hi</p>', authorId: 'u1' })).toEqual({ noteId: 'n1', body: '<p>Hi</p>', authorId: 'u1', updatedAt: null });
    expect(readNote({ body: '<p>Hi</p>' })).toBeNull();
    expect(readMerge({ mergeId: 'm1', mergedName: '王小明', status: 'undone' })).toMatchObject({ status: 'undone' });
    expect(readFieldChange({ action: 'explode', changes: {} })).toBeNull();
    expect(readFieldChange({ action: 'update', changes: { a: { before: 1, after: 2 } } })?.changes).toHaveLength(1);
    expect(readFieldChange({ action: 'create', changes: {}, mergedRecordId: '01a2093f-cd7b-73ba-a4f0-f050be59bf0f' })?.fromMerged).toBe(true);
    expect(readFieldChange({ action: 'create', changes: {} })?.fromMerged).toBe(false);
  });

  it('summarizes unknown data briefly', () => {
    expect(summarize({ orderId: 'o-1', total: 1200, empty: '', lines: [{ sku: 'A' }] })).toBe('orderId: o-1 · total: 1200 · lines: [{"sku":"A"}]');
  });
});

describe('isRedundantChange', () => {
  const hidden = (f: string) => f.startsWith('consent.');
  it('hides updates made only of hidden or no-op changes', () => {
    expect(isRedundantChange({ action: 'update', changes: { 'consent.email': { before: 'unknown', after: 'subscribed' } } }, hidden)).toBe(true);
    expect(isRedundantChange({ action: 'update', changes: { tags: { before: [], after: null } } }, hidden)).toBe(true);
  });
  it('keeps anything else', () => {
    expect(isRedundantChange({ action: 'update', changes: { email: { before: 'a', after: 'b' }, 'consent.sms': { before: 1, after: 2 } } }, hidden)).toBe(false);
    expect(isRedundantChange({ action: 'create', changes: {} }, hidden)).toBe(false);
    expect(isRedundantChange({ noteId: 'n' }, hidden)).toBe(false);
  });
});

describe('event entries', () => {
  const base = { eventId: '42', type: 'page', name: null, properties: {}, traits: null, page: null, sourceId: 's1' };

  it('reads an event and refuses other shapes', () => {
    expect(readEvent({ ...base, type: 'track', name: 'Product Viewed', properties: { sku: 'A1' } })).toMatchObject({ type: 'track', name: 'Product Viewed', properties: { sku: 'A1' } });
    expect(readEvent({ ...base, type: 'purchase' })).toBeNull();
    expect(readEvent({ type: 'page' })).toBeNull();
  });

  it('names a page by its title, then its name, then its path', () => {
    const page = (over: Record<string, unknown>) => readEvent({ ...base, ...over })!;
    expect(pageLabel(page({ page: { title: 'Pricing', path: '/pricing', url: 'https://x.test/pricing' } }))).toBe('Pricing');
    expect(pageLabel(page({ name: 'Home', properties: { path: '/' } }))).toBe('Home');
    expect(pageLabel(page({ properties: { path: '/docs', title: '  ' } }))).toBe('/docs');
    expect(pageLabel(page({}))).toBeNull();
  });

  it('shows the address under the title unless it is the title', () => {
    const withTitle = readEvent({ ...base, page: { title: 'Pricing', url: 'https://x.test/pricing' } })!;
    expect(pageAddress(withTitle)).toBe('https://x.test/pricing');
    expect(pageAddress(readEvent({ ...base, properties: { path: '/docs' } })!)).toBeNull();
  });
});

describe('order entries', () => {
  const base = { orderPk: 'o1', orderId: 'A-1001', status: 'paid', total: 1160, netRevenue: 1160, currency: 'TWD', channel: 'online' };

  it('reads an order', () => {
    expect(readOrder(base)).toEqual(base);
    expect(readOrder({ ...base, status: 'refunded', netRevenue: 0, currency: null, channel: 'kiosk' })).toMatchObject({ netRevenue: 0, currency: null, channel: null });
  });

  it('refuses an unknown status or a missing total, so the entry is shown generically', () => {
    expect(readOrder({ ...base, status: 'lost' })).toBeNull();
    expect(readOrder({ ...base, total: '1160' })).toBeNull();
    expect(readOrder({ status: 'paid', total: 1 })).toBeNull();
  });
});

describe('segment entries', () => {
  it('reads an entry or exit with the auto tag it brought', () => {
    expect(readSegment({ change: 'entered', segmentId: 's1', segmentName: 'VIP', autoTag: 'vip' })).toEqual({ change: 'entered', segmentId: 's1', segmentName: 'VIP', autoTag: 'vip' });
    expect(readSegment({ change: 'exited', segmentId: 's1', segmentName: 'VIP', autoTag: null })).toMatchObject({ change: 'exited', autoTag: null });
  });

  it('refuses data without a segment or a known change', () => {
    expect(readSegment({ change: 'moved', segmentId: 's1' })).toBeNull();
    expect(readSegment({ change: 'entered' })).toBeNull();
  });
});
