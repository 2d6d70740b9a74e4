import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { segmentGroupSchema, type Contact, type Segment, type SegmentCondition, type SegmentGroup, type SegmentPreview, type Source } from '@rapport/contracts';
import { ago, trackAs as track } from '../../test/tracking.js';
import { call, newWorkspace, startHarness, writeKeyAuth, type Harness, type Session } from '../../test/harness.js';
import { withWorkspace } from '../../platform/db.js';
import { segmentEnv } from './segments.fields.js';
import { matchingContacts } from './segments.membership.js';

/**
 * A hand-built shop where the answer to every condition is known. Times are relative to now, so
 * windows such as "the last 7 days" hold whenever the test runs.
 */
let h: Harness;
let ws: Session;
let other: Session;
const ids: Record<string, string> = {};
const nameOf = new Map<string, string>();

const month = new Date().toISOString().slice(5, 7);
const otherMonth = String((Number(month) % 12) + 1).padStart(2, '0');

async function contact(name: string, extra: Record<string, unknown> = {}) {
  const res = await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: name, email: `${name.toLowerCase()}@shop.example`, externalId: `u-${name}`, ...extra });
  expect(res.statusCode, res.body).toBe(201);
  ids[name] = res.json<Contact>().id;
  nameOf.set(ids[name]!, name);
}


async function order(who: string, orderId: string, daysAgo: number, lines: { sku: string; category: string; price: number }[], extra: Record<string, unknown> = {}) {
  const res = await call(h, ws.headers, 'POST', '/api/v1/orders', {
    orderId,
    contact: { id: ids[who] },
    status: 'paid',
    currency: 'TWD',
    placedAt: ago(daysAgo),
    lines: lines.map((l) => ({ sku: l.sku, name: l.sku, category: l.category, quantity: 1, unitPrice: l.price })),
    ...extra,
  });
  expect([200, 201], res.body).toContain(res.statusCode);
}

const all = (...children: (SegmentCondition | SegmentGroup)[]): SegmentGroup => ({ type: 'group', combinator: 'and', children });
const any = (...children: (SegmentCondition | SegmentGroup)[]): SegmentGroup => ({ type: 'group', combinator: 'or', children });
const not = (...children: (SegmentCondition | SegmentGroup)[]): SegmentGroup => ({ type: 'group', combinator: 'and', negate: true, children });

async function members(definition: SegmentGroup, as = ws): Promise<string[]> {
  const res = await call(h, as.headers, 'POST', '/api/v1/segments/preview', { definition });
  expect(res.statusCode, res.body).toBe(200);
  const p = res.json<SegmentPreview>();
  expect(p.sample.length).toBe(Math.min(p.count, 20));
  const found = p.sample.map((s) => s.id).sort();
  // The workers' passes evaluate a few contacts at a time, by other plans: they must agree.
  if (as === ws) {
    const some = [ids.Alice!, ids.Carol!, ids.Eve!];
    const parsed = segmentGroupSchema.parse(definition);
    const [everyone, few] = await withWorkspace(h.database.db, ws.workspaceId, async (tx) => {
      const env = await segmentEnv(tx, ws.workspaceId);
      return [await matchingContacts(tx, env, parsed, Object.values(ids)), await matchingContacts(tx, env, parsed, some)];
    });
    expect(everyone.sort(), 'evaluated for each contact').toEqual(found);
    expect(few.sort(), 'evaluated for some contacts').toEqual(found.filter((id) => some.includes(id)));
  }
  return found.map((id) => nameOf.get(id) ?? id).sort();
}

const one = (c: SegmentCondition) => members(all(c));

beforeAll(async () => {
  h = await startHarness();
  ws = await newWorkspace(h, 'Segment shop');
  other = await newWorkspace(h, 'Other shop');
  await contact('Alice', { birthday: `1990-${month}-15`, address: { city: 'Taipei' }, tags: ['vip'] });
  await contact('Bob', { address: { city: 'Kaohsiung' } });
  await contact('Carol', { address: { city: 'Taipei' } });
  await contact('Dan');
  await contact('Eve', { birthday: `1985-${otherMonth}-01` });
  await call(h, ws.headers, 'POST', `/api/v1/contacts/${ids.Dan}/consents`, { channel: 'email', status: 'subscribed', source: 'form' });
  // Bob's latest word on SMS counts.
  await call(h, ws.headers, 'POST', `/api/v1/contacts/${ids.Bob}/consents`, { channel: 'sms', status: 'subscribed', source: 'form' });
  await call(h, ws.headers, 'POST', `/api/v1/contacts/${ids.Bob}/consents`, { channel: 'sms', status: 'unsubscribed', source: 'form' });

  const source = (await call(h, ws.headers, 'POST', '/api/v1/sources', { name: 'Web' })).json<Source>();
  const batch = [
    // Order Completed events create orders; the API calls below complete the same orders with their lines.
    // Alice looks at tea three times, checks out and buys within the hour.
    track('Alice', 'Product Viewed', 2, { sku: 'TEA-1', category: 'Tea', price: 450 }),
    track('Alice', 'Product Viewed', 3, { sku: 'TEA-1', category: 'Tea', price: 450 }),
    track('Alice', 'Product Viewed', 10, { sku: 'TEA-2', category: 'Tea', price: 900 }),
    track('Alice', 'Checkout Started', 1, { value: 450 }),
    track('Alice', 'Order Completed', 1, { order_id: 'A-1', total: 450 }, -0.5),
    // Bob looks at tea once, adds to cart, starts checkout and leaves.
    track('Bob', 'Product Viewed', 4, { sku: 'TEA-2', category: 'Tea', price: 900 }),
    track('Bob', 'Product Added', 2, { sku: 'TEA-2' }),
    track('Bob', 'Checkout Started', 2, { value: 900 }),
    // Carol checked out five days ago and paid within the hour; she views cups.
    track('Carol', 'Checkout Started', 5, { value: 1500 }),
    track('Carol', 'Order Completed', 5, { order_id: 'C-2', total: 1500 }, -1),
    track('Carol', 'Product Viewed', 1, { sku: 'CUP-1', category: 'Ware', price: 300 }),
    // Eve opened a campaign twice and never clicked; Carol clicked it.
    track('Eve', 'Message Opened', 6, { channel: 'email', campaign_id: 'spring' }),
    track('Eve', 'Message Opened', 3, { channel: 'email', campaign_id: 'spring' }),
    track('Carol', 'Message Opened', 3, { channel: 'email', campaign_id: 'spring' }),
    track('Carol', 'Message Clicked', 3, { channel: 'email', campaign_id: 'spring' }),
  ];
  const res = await call(h, writeKeyAuth(source.writeKey), 'POST', '/v1/batch', { batch });
  expect(res.statusCode, res.body).toBe(200);
  await h.processEvents();

  await order('Alice', 'A-1', 1, [{ sku: 'TEA-1', category: 'Tea', price: 450 }]);
  await order('Carol', 'C-1', 40, [{ sku: 'CUP-1', category: 'Ware', price: 2000 }], { couponCode: 'SPRING' });
  await order('Carol', 'C-2', 5, [{ sku: 'TEA-2', category: 'Tea', price: 1500 }], { channel: 'store', storeId: 'S-1' });
  await order('Eve', 'E-1', 200, [{ sku: 'CUP-1', category: 'Ware', price: 300 }]);
  await order('Eve', 'E-2', 150, [{ sku: 'CUP-2', category: 'Ware', price: 500 }], { status: 'cancelled', channel: 'offline' });
});
afterAll(() => h.close());

const win = (days: number) => ({ kind: 'last_days' as const, days });
const ever = { kind: 'ever' as const };

describe('segment primitives on a fixture with known answers', () => {
  it('profile fields, tags, birthdays, consent and computed traits', async () => {
    expect(await one({ type: 'condition', field: 'address.city', op: 'eq', value: 'taipei' })).toEqual(['Alice', 'Carol']);
    expect(await one({ type: 'condition', field: 'address.city', op: 'neq', value: 'Taipei' })).toEqual(['Bob', 'Dan', 'Eve']);
    expect(await one({ type: 'condition', field: 'firstName', op: 'starts_with', value: 'ca' })).toEqual(['Carol']);
    expect(await one({ type: 'condition', field: 'email', op: 'contains', value: 'an@' })).toEqual(['Dan']);
    expect(await one({ type: 'condition', field: 'firstName', op: 'in', value: ['Bob', 'Eve'] })).toEqual(['Bob', 'Eve']);
    expect(await one({ type: 'condition', field: 'tags', op: 'in', value: ['vip'] })).toEqual(['Alice']);
    expect(await one({ type: 'condition', field: 'birthday', op: 'anniversary_this_month' })).toEqual(['Alice']);
    expect(await one({ type: 'condition', field: 'birthday', op: 'is_set' })).toEqual(['Alice', 'Eve']);
    expect(await one({ type: 'condition', field: 'createdAt', op: 'within_last_days', value: 1 })).toEqual(['Alice', 'Bob', 'Carol', 'Dan', 'Eve']);
    expect(await one({ type: 'condition', field: 'consent.email', op: 'eq', value: 'subscribed' })).toEqual(['Dan']);
    expect(await one({ type: 'condition', field: 'consent.email', op: 'eq', value: 'unknown' })).toEqual(['Alice', 'Bob', 'Carol', 'Eve']);
    expect(await one({ type: 'condition', field: 'consent.email', op: 'not_in', value: ['subscribed'] })).toEqual(['Alice', 'Bob', 'Carol', 'Eve']);
    expect(await one({ type: 'condition', field: 'consent.email', op: 'is_set' })).toEqual(['Alice', 'Bob', 'Carol', 'Dan', 'Eve']);
    expect(await one({ type: 'condition', field: 'consent.email', op: 'is_not_set' })).toEqual([]);
    expect(await one({ type: 'condition', field: 'consent.sms', op: 'eq', value: 'unsubscribed' })).toEqual(['Bob']);
    expect(await one({ type: 'condition', field: 'consent.sms', op: 'neq', value: 'unsubscribed' })).toEqual(['Alice', 'Carol', 'Dan', 'Eve']);
    expect(await one({ type: 'condition', field: 'consent.sms', op: 'in', value: ['unknown', 'unsubscribed'] })).toEqual(['Alice', 'Bob', 'Carol', 'Dan', 'Eve']);
    expect(await one({ type: 'condition', field: 'consent.sms', op: 'in', value: ['subscribed'] })).toEqual([]);
    expect(await one({ type: 'condition', field: 'traits.orderCount', op: 'gte', value: 2 })).toEqual(['Carol']);
    expect(await one({ type: 'condition', field: 'traits.favouriteCategory', op: 'is_not_set' })).toEqual(['Bob', 'Dan']);
    // Eve only opened emails: a message opened is not a visit, so she has not been seen.
    expect(await one({ type: 'condition', field: 'traits.lastSeenAt', op: 'within_last_days', value: 4 })).toEqual(['Alice', 'Bob', 'Carol']);
  });

  it('performed an event at least, at most, exactly N times, in windows, with property filters, or not at all', async () => {
    const viewed = (count: { op: 'gte' | 'lte' | 'eq'; value: number }, window: object = ever, where: object[] = []) =>
      one({ type: 'event', event: 'Product Viewed', where, count, window } as SegmentCondition);
    expect(await viewed({ op: 'gte', value: 1 })).toEqual(['Alice', 'Bob', 'Carol']);
    expect(await viewed({ op: 'gte', value: 3 })).toEqual(['Alice']);
    expect(await viewed({ op: 'eq', value: 1 })).toEqual(['Bob', 'Carol']);
    expect(await viewed({ op: 'lte', value: 1 })).toEqual(['Bob', 'Carol', 'Dan', 'Eve']);
    expect(await viewed({ op: 'eq', value: 0 })).toEqual(['Dan', 'Eve']);
    expect(await viewed({ op: 'gte', value: 2 }, win(5))).toEqual(['Alice']);
    expect(await viewed({ op: 'gte', value: 1 }, win(3))).toEqual(['Alice', 'Carol']);
    expect(await viewed({ op: 'gte', value: 1 }, { kind: 'between', from: ago(11).slice(0, 10), to: ago(9).slice(0, 10) })).toEqual(['Alice']);
    expect(await viewed({ op: 'gte', value: 1 }, ever, [{ property: 'category', op: 'eq', value: 'tea' }])).toEqual(['Alice', 'Bob']);
    expect(await viewed({ op: 'gte', value: 1 }, ever, [{ property: 'price', op: 'gt', value: 500 }])).toEqual(['Alice', 'Bob']);
    expect(await viewed({ op: 'gte', value: 1 }, ever, [{ property: 'sku', op: 'in', value: ['CUP-1', 'TEA-2'] }])).toEqual(['Alice', 'Bob', 'Carol']);
    expect(await viewed({ op: 'gte', value: 2 }, ever, [{ property: 'sku', op: 'eq', value: 'TEA-1' }])).toEqual(['Alice']);
  });

  it('every property operator on events, and the remaining profile operators', async () => {
    const prop = (property: string, op: string, value?: unknown) =>
      one({ type: 'event', event: 'Product Viewed', where: [{ property, op, ...(value === undefined ? {} : { value }) }], count: { op: 'gte', value: 1 }, window: ever } as SegmentCondition);
    expect(await prop('category', 'neq', 'tea')).toEqual(['Carol']);
    expect(await prop('sku', 'contains', 'up-')).toEqual(['Carol']);
    expect(await prop('sku', 'starts_with', 'tea')).toEqual(['Alice', 'Bob']);
    expect(await prop('sku', 'not_in', ['TEA-1', 'TEA-2'])).toEqual(['Carol']);
    expect(await prop('price', 'is_set')).toEqual(['Alice', 'Bob', 'Carol']);
    expect(await prop('colour', 'is_not_set')).toEqual(['Alice', 'Bob', 'Carol']);
    expect(await prop('price', 'gte', 900)).toEqual(['Alice', 'Bob']);
    expect(await prop('price', 'lt', 450)).toEqual(['Carol']);
    expect(await prop('price', 'lte', 450)).toEqual(['Alice', 'Carol']);
    expect(await prop('price', 'eq', 300)).toEqual(['Carol']);
    const field = (f: string, op: string, value?: unknown) => one({ type: 'condition', field: f, op, ...(value === undefined ? {} : { value }) } as SegmentCondition);
    expect(await field('traits.revenue', 'between', [400, 1000])).toEqual(['Alice']);
    // Dan has no traits yet (no event, no order), so no revenue to compare; Bob's is 0.
    expect(await field('traits.revenue', 'lt', 400)).toEqual(['Bob', 'Eve']);
    expect(await field('firstName', 'not_in', ['Alice', 'Bob'])).toEqual(['Carol', 'Dan', 'Eve']);
    expect(await field('firstName', 'not_contains', 'a')).toEqual(['Bob', 'Eve']);
    expect(await field('address.city', 'is_not_set')).toEqual(['Dan', 'Eve']);
    expect(await field('tags', 'all', ['vip'])).toEqual(['Alice']);
    expect(await field('tags', 'not_in', ['vip'])).toEqual(['Bob', 'Carol', 'Dan', 'Eve']);
    expect(await field('traits.lastOrderAt', 'before_last_days', 100)).toEqual(['Eve']);
    expect(await field('createdAt', 'within_next_days', 1)).toEqual([]);
  });

  it('first or last performed before, after or within', async () => {
    expect(await one({ type: 'event_time', event: 'Product Viewed', which: 'first', op: 'before_last_days', value: 7 })).toEqual(['Alice']);
    expect(await one({ type: 'event_time', event: 'Product Viewed', which: 'last', op: 'within_last_days', value: 3 })).toEqual(['Alice', 'Carol']);
    expect(await one({ type: 'event_time', event: 'Product Viewed', which: 'last', op: 'after', value: ago(4).slice(0, 10) })).toEqual(['Alice', 'Carol']);
    expect(await one({ type: 'event_time', event: 'Product Viewed', which: 'first', op: 'before', value: ago(5).slice(0, 10) })).toEqual(['Alice']);
  });

  it('performed E1 and then not E2 within N hours: cart abandonment', async () => {
    const seq = (thenPerformed: boolean) =>
      one({ type: 'event_sequence', first: { event: 'Checkout Started' }, then: { event: 'Order Completed' }, thenPerformed, withinHours: 2, window: win(7) });
    expect(await seq(false)).toEqual(['Bob']);
    expect(await seq(true)).toEqual(['Alice', 'Carol']);
    // The latest view counts: Alice's, two days ago, is not yet three days old; Bob added his within two days.
    const browsed = (withinHours: number) =>
      one({ type: 'event_sequence', first: { event: 'Product Viewed' }, then: { event: 'Product Added' }, thenPerformed: false, withinHours, window: win(14) });
    expect(await browsed(72)).toEqual([]);
    expect(await browsed(36)).toEqual(['Alice', 'Bob']);
  });

  it('aggregates of an event property', async () => {
    const agg = (a: 'sum' | 'avg' | 'min' | 'max' | 'count_distinct', op: 'gte' | 'lt' | 'eq' | 'between', value: number | [number, number]) =>
      one({ type: 'event_aggregate', event: 'Product Viewed', property: a === 'count_distinct' ? 'sku' : 'price', agg: a, window: ever, op, value });
    expect(await agg('sum', 'gte', 1800)).toEqual(['Alice']);
    expect(await agg('sum', 'lt', 500)).toEqual(['Carol', 'Dan', 'Eve']);
    expect(await agg('avg', 'between', [500, 1000])).toEqual(['Alice', 'Bob']);
    expect(await agg('max', 'gte', 900)).toEqual(['Alice', 'Bob']);
    expect(await agg('min', 'lt', 400)).toEqual(['Carol']);
    expect(await agg('count_distinct', 'eq', 2)).toEqual(['Alice']);
  });

  it('commerce: order count, revenue, AOV, days since last order, bought, coupon and channel', async () => {
    const orders = (metric: 'count' | 'revenue' | 'aov' | 'days_since_last', op: 'eq' | 'gte' | 'gt' | 'lt' | 'lte', value: number, window: object = ever) =>
      one({ type: 'orders', metric, window, op, value } as SegmentCondition);
    expect(await orders('count', 'eq', 0)).toEqual(['Bob', 'Dan']);
    // Eve's second order was cancelled: it counts only when asked for by status.
    expect(await one({ type: 'orders', metric: 'count', window: ever, statuses: ['cancelled'], op: 'gte', value: 1 })).toEqual(['Eve']);
    expect(await one({ type: 'orders', metric: 'count', window: ever, statuses: ['paid'], op: 'gte', value: 2 })).toEqual(['Carol']);
    expect(await orders('count', 'eq', 1)).toEqual(['Alice', 'Eve']);
    // "Bought twice in 90 days and spent over NT$3,000".
    expect(await members(all({ type: 'orders', metric: 'count', window: win(90), op: 'gte', value: 2 }, { type: 'orders', metric: 'revenue', window: win(90), op: 'gt', value: 3000 }))).toEqual(['Carol']);
    expect(await orders('count', 'gte', 1, win(30))).toEqual(['Alice', 'Carol']);
    expect(await orders('revenue', 'lt', 400)).toEqual(['Bob', 'Dan', 'Eve']);
    expect(await orders('aov', 'gte', 1000)).toEqual(['Carol']);
    expect(await orders('days_since_last', 'gt', 90)).toEqual(['Eve']);
    expect(await one({ type: 'bought', by: 'category', values: ['ware'], window: ever })).toEqual(['Carol', 'Eve']);
    expect(await one({ type: 'bought', by: 'sku', values: ['CUP-2'], window: ever })).toEqual([]);
    expect(await one({ type: 'bought', by: 'category', values: ['Ware'], window: win(100) })).toEqual(['Carol']);
    expect(await one({ type: 'coupon', codes: [], window: ever })).toEqual(['Carol']);
    expect(await one({ type: 'coupon', codes: ['spring'], window: win(30) })).toEqual([]);
    expect(await one({ type: 'order_channel', channels: ['store'], storeIds: ['S-1'], window: ever })).toEqual(['Carol']);
    expect(await one({ type: 'order_channel', channels: ['online'], window: ever })).toEqual(['Alice', 'Carol', 'Eve']);
    // Ever and in any store, the channels come from traits; Eve's cancelled order was offline, and counts for nothing.
    expect(await one({ type: 'order_channel', channels: ['store', 'offline'], window: ever })).toEqual(['Carol']);
    expect(await one({ type: 'order_channel', channels: ['store'], window: win(3) })).toEqual([]);
    expect(await members(all({ type: 'order_channel', channels: ['online'], window: ever }, not({ type: 'order_channel', channels: ['store', 'offline'], window: ever })))).toEqual(['Alice', 'Eve']);
    // Browsed a category but did not buy it.
    expect(
      await members(all({ type: 'event', event: 'Product Viewed', where: [{ property: 'category', op: 'eq', value: 'Tea' }], count: { op: 'gte', value: 1 }, window: win(30) }, not({ type: 'bought', by: 'category', values: ['Tea'], window: win(30) }))),
    ).toEqual(['Bob']);
  });

  it('messaging engagement: opened but never clicked', async () => {
    const opened = { type: 'message', action: 'opened', channel: 'email', campaignId: 'spring', window: win(30) } as const;
    expect(await one(opened as SegmentCondition)).toEqual(['Carol', 'Eve']);
    expect(await members(all(opened as SegmentCondition, { type: 'message', action: 'clicked', count: { op: 'eq', value: 0 }, window: win(30) } as SegmentCondition))).toEqual(['Eve']);
    expect(await one({ type: 'message', action: 'opened', count: { op: 'gte', value: 2 }, window: win(30) } as SegmentCondition)).toEqual(['Eve']);
  });

  it('AND, OR and NOT groups nest', async () => {
    const taipei = { type: 'condition', field: 'address.city', op: 'eq', value: 'Taipei' } as const;
    const noOrders = { type: 'orders', metric: 'count', window: ever, op: 'eq', value: 0 } as const;
    expect(await members(any(taipei, noOrders))).toEqual(['Alice', 'Bob', 'Carol', 'Dan']);
    expect(await members(not(any(taipei, noOrders)))).toEqual(['Eve']);
    expect(await members(all(any(taipei, noOrders), not(taipei)))).toEqual(['Bob', 'Dan']);
  });

  it('membership of another segment, and random buckets that split everyone without overlap', async () => {
    const viewers = await call(h, ws.headers, 'POST', '/api/v1/segments', {
      name: 'Viewers',
      definition: all({ type: 'event', event: 'Product Viewed', count: { op: 'gte', value: 1 }, window: ever }),
    });
    expect(viewers.statusCode, viewers.body).toBe(201);
    const seg = viewers.json<Segment>();
    expect(seg.size).toBe(3);
    expect(await one({ type: 'segment', segmentId: seg.id, member: true })).toEqual(['Alice', 'Bob', 'Carol']);
    expect(await one({ type: 'segment', segmentId: seg.id, member: false })).toEqual(['Dan', 'Eve']);
    const low = await one({ type: 'random', from: 0, to: 49, salt: 'ab' });
    const high = await one({ type: 'random', from: 50, to: 99, salt: 'ab' });
    expect([...low, ...high].sort()).toEqual(['Alice', 'Bob', 'Carol', 'Dan', 'Eve']);
    expect(await one({ type: 'random', from: 0, to: 49, salt: 'ab' })).toEqual(low);
  });
});

describe('bad definitions get errors that name the condition', () => {
  const problems = async (definition: unknown) => {
    const res = await call(h, ws.headers, 'POST', '/api/v1/segments/preview', { definition });
    expect(res.statusCode, res.body).toBe(400);
    return res.json<{ errors: { path: string; message: string }[] }>().errors;
  };

  it('unknown fields and events, wrong operand types, unbounded windows, too deep', async () => {
    expect(await problems(all({ type: 'condition', field: 'shoeSize', op: 'eq', value: 1 }))).toEqual([{ path: 'definition.children.0.field', message: 'Unknown field shoeSize' }]);
    const [unknownEvent] = await problems(all({ type: 'event', event: 'Prodcut Viewed', count: { op: 'gte', value: 1 }, window: ever }));
    expect(unknownEvent).toMatchObject({ path: 'definition.children.0.event', message: expect.stringContaining('Prodcut Viewed') });
    expect((await problems(all({ type: 'condition', field: 'birthday', op: 'gt', value: 'soon' })))[0]!.path).toBe('definition.children.0.value');
    expect((await problems(all(any({ type: 'event', event: 'Product Viewed', count: { op: 'gte', value: 1 }, window: { kind: 'last_days', days: 0 } } as never))))[0]!.path).toContain(
      'definition.children.0.children.0',
    );
    expect((await problems(all({ type: 'event', event: 'Product Viewed', count: { op: 'gte', value: 1 } } as never)))[0]!.path).toContain('window');
    expect((await problems(all({ type: 'event_aggregate', event: 'Product Viewed', property: 'price', agg: 'sum', window: ever, op: 'between', value: 5 } as never)))[0]!.path).toBe(
      'definition.children.0.value',
    );
    let deep: SegmentGroup = all({ type: 'condition', field: 'firstName', op: 'is_set' });
    for (let i = 0; i < 7; i++) deep = all(deep);
    expect((await problems(deep))[0]!.message).toContain('levels deep');
  });

  it('refuses cycles between segments, and segments of another workspace', async () => {
    const a = (await call(h, ws.headers, 'POST', '/api/v1/segments', { name: 'Cycle A', definition: all({ type: 'condition', field: 'firstName', op: 'is_set' }) })).json<Segment>();
    const b = (await call(h, ws.headers, 'POST', '/api/v1/segments', { name: 'Cycle B', definition: all({ type: 'segment', segmentId: a.id, member: true }) })).json<Segment>();
    const res = await call(h, ws.headers, 'PATCH', `/api/v1/segments/${a.id}`, { definition: all({ type: 'segment', segmentId: b.id, member: true }) });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { message: string }[] }>().errors[0]!.message).toBe('Segments refer to each other in a loop: Cycle A → Cycle B → Cycle A');
    const self = await call(h, ws.headers, 'PATCH', `/api/v1/segments/${a.id}`, { definition: all({ type: 'segment', segmentId: a.id, member: false }) });
    expect(self.statusCode).toBe(400);
    // Deleting a segment another one uses is refused.
    expect((await call(h, ws.headers, 'DELETE', `/api/v1/segments/${a.id}`)).statusCode).toBe(409);

    const theirs = (await call(h, other.headers, 'POST', '/api/v1/segments', { name: 'Theirs', definition: all() })).json<Segment>();
    const [err] = await problems(all({ type: 'segment', segmentId: theirs.id, member: true }));
    expect(err).toEqual({ path: 'definition.children.0.segmentId', message: 'No such segment or list in this workspace' });
    for (const [method, url] of [
      ['GET', `/api/v1/segments/${theirs.id}`],
      ['PATCH', `/api/v1/segments/${theirs.id}`],
      ['DELETE', `/api/v1/segments/${theirs.id}`],
      ['GET', `/api/v1/segments/${theirs.id}/members`],
      ['GET', `/api/v1/segments/${theirs.id}/history`],
      ['GET', `/api/v1/segments/${theirs.id}/export`],
      ['POST', `/api/v1/segments/${theirs.id}/members`],
      ['POST', `/api/v1/segments/${theirs.id}/members/remove`],
      ['POST', `/api/v1/segments/${theirs.id}/snapshot`],
    ] as const) {
      const body = url.endsWith('/members') ? { contactIds: [ids.Alice] } : url.endsWith('remove') ? { contactIds: [ids.Alice] } : url.endsWith('snapshot') ? { name: 'Stolen' } : method === 'PATCH' ? { name: 'Mine' } : undefined;
      expect((await call(h, ws.headers, method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await call(h, other.headers, 'GET', '/api/v1/segments')).json<{ data: Segment[] }>().data.map((s) => s.name)).toEqual(['Theirs']);
  });
});

describe('abandonment ended by an order that came without an event', () => {
  it('counts an order from the API or an import as the purchase that ends the checkout', async () => {
    await contact('Gil');
    const source = (await call(h, ws.headers, 'POST', '/api/v1/sources', { name: 'Web 2' })).json<Source>();
    await call(h, writeKeyAuth(source.writeKey), 'POST', '/v1/batch', { batch: [track('Gil', 'Checkout Started', 3, { value: 700 })] });
    await h.processEvents();
    const abandoned = all(
      { type: 'event_sequence', first: { event: 'Checkout Started' }, then: { event: 'Order Completed' }, thenPerformed: false, withinHours: 2, window: win(7) },
      { type: 'condition', field: 'firstName', op: 'eq', value: 'Gil' },
    );
    expect(await members(abandoned)).toEqual(['Gil']);
    await order('Gil', 'G-1', 3 - 1 / 24, [{ sku: 'TEA-1', category: 'Tea', price: 700 }]);
    expect(await members(abandoned)).toEqual([]);
  });
});
