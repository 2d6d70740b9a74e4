import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, SegmentPreview } from '@rapport/contracts';
import { call, newWorkspace, startHarness, type Harness, type Session } from '../../test/harness.js';

/**
 * Generated definitions, valid and broken, go through the preview. Whatever they hold, the server
 * answers 200 or a 400 whose errors point at paths that exist in the definition; never a 500, never
 * another workspace's contact, and never a change to the data.
 */
let h: Harness;
let a: Session;
let b: Session;
const mine = new Set<string>();

// A seeded generator, so a failure can be replayed.
let seed = 20261207;
const rand = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const nasty = ["'; drop table contacts; --", "a' or '1'='1", '%_\\', '$1', 'null', '', '🙂', 'x'.repeat(500), "\\'", '{"a":1}'];
const values = [...nasty, 0, -1, 1.5, 1e12, true, false, null, ['a', 'b'], [1, 2], [3, 1], '2026-01-01', '2026-13-45'];
const fields = ['firstName', 'email', 'phone', 'birthday', 'createdAt', 'tags', 'address.city', 'lifecycleStage', 'consent.email', 'traits.revenue', 'traits.lastSeenAt', 'company.name', 'nope', 'custom.x'];
const ops = ['eq', 'neq', 'contains', 'not_contains', 'starts_with', 'in', 'not_in', 'all', 'gt', 'gte', 'lt', 'lte', 'between', 'is_set', 'is_not_set', 'within_last_days', 'within_next_days', 'before_last_days', 'anniversary_this_month', 'bogus'];
const events = ['Product Viewed', 'Order Completed', 'Checkout Started', 'Never Seen', "x'; --"];
const windows = [{ kind: 'ever' }, { kind: 'last_days', days: pick([1, 30, 0, -5, 99999]) }, { kind: 'between', from: '2026-01-01', to: '2025-01-01' }, { kind: 'between', from: '2025-01-01', to: '2026-12-31' }, { kind: 'forever' }];
const props = () => (rand() < 0.5 ? [] : [{ property: pick(['sku', 'price', 'a.b.c', '', 'x.y.z.w.v']), op: pick(['eq', 'gt', 'in', 'is_set', 'contains', 'zzz']), value: pick(values) }]);

function condition(): unknown {
  switch (Math.floor(rand() * 12)) {
    case 0:
      return { type: 'condition', field: pick(fields), op: pick(ops), value: pick(values) };
    case 1:
      return { type: 'event', event: pick(events), where: props(), count: { op: pick(['gte', 'lte', 'eq', 'ne']), value: pick([0, 1, 3, -1]) }, window: pick(windows) };
    case 2:
      return { type: 'event_time', event: pick(events), which: pick(['first', 'last']), op: pick(['before', 'after', 'within_last_days', 'before_last_days']), value: pick([7, '2026-01-01', 'soon']) };
    case 3:
      return { type: 'event_sequence', first: { event: pick(events) }, then: { event: pick(events), where: props() }, withinHours: pick([1, 48, 0]), window: pick(windows) };
    case 4:
      return { type: 'event_aggregate', event: pick(events), property: pick(['price', 'sku', "'"]), agg: pick(['sum', 'avg', 'min', 'max', 'count_distinct', 'median']), window: pick(windows), op: pick(['gt', 'between', 'eq']), value: pick([5, [1, 9], [9, 1], 'x']) };
    case 5:
      return { type: 'orders', metric: pick(['count', 'revenue', 'aov', 'days_since_last', 'profit']), window: pick(windows), op: pick(['gt', 'lte', 'eq', 'between']), value: pick([0, 2, [0, 100], 'x']) };
    case 6:
      return { type: 'bought', by: pick(['sku', 'category', 'product_name', 'colour']), values: pick([['A'], nasty.slice(0, 3), []]), window: pick(windows) };
    case 7:
      return { type: 'coupon', codes: pick([[], ['SPRING'], nasty.slice(0, 2)]), window: pick(windows) };
    case 8:
      return { type: 'message', action: pick(['opened', 'clicked', 'read']), channel: pick(['email', 'sms', 'fax']), window: pick(windows) };
    case 9:
      return { type: 'model', field: pick(['rfm.r', 'rfm.group', 'nasld.state', 'rfm.zz']), op: pick(ops), value: pick([1, 'champions', 'A', 'x']) };
    case 10:
      return { type: 'segment', segmentId: pick(['00000000-0000-4000-8000-000000000000', 'not-a-uuid']), member: pick([true, false]) };
    default:
      return { type: 'random', from: pick([0, 50, 120]), to: pick([49, 99, 10]), salt: pick(nasty) };
  }
}

function group(depth: number): unknown {
  const n = Math.floor(rand() * 4);
  return {
    type: 'group',
    combinator: pick(['and', 'or']),
    ...(rand() < 0.3 ? { negate: true } : {}),
    children: Array.from({ length: n }, () => (depth < 7 && rand() < 0.3 ? group(depth + 1) : condition())),
  };
}

/** Whether a path like "definition.children.1.window.days" names something in the definition. */
function pathExists(root: unknown, path: string): boolean {
  const parts = path.split('.');
  let node: unknown = root;
  for (const p of parts) {
    if (node === null || typeof node !== 'object') return false;
    // A path may end at a missing key: the error says it is required.
    if (!(p in (node as object))) return parts.indexOf(p) === parts.length - 1;
    node = (node as Record<string, unknown>)[p];
  }
  return true;
}

beforeAll(async () => {
  h = await startHarness();
  a = await newWorkspace(h, 'Fuzz A');
  b = await newWorkspace(h, 'Fuzz B');
  for (const name of ['Ann', 'Bo']) mine.add((await call(h, a.headers, 'POST', '/api/v1/contacts', { firstName: name, address: { city: 'Taipei' } })).json<Contact>().id);
  await call(h, b.headers, 'POST', '/api/v1/contacts', { firstName: 'Theirs', address: { city: 'Taipei' } });
});
afterAll(() => h.close());

describe('the segment compiler under generated definitions', () => {
  it('answers 200 or a 400 that points into the definition, and never leaks or changes data', async () => {
    let ok = 0;
    let refused = 0;
    for (let i = 0; i < 300; i++) {
      const definition = group(1);
      const res = await call(h, a.headers, 'POST', '/api/v1/segments/preview', { definition });
      const where = `#${i}: ${JSON.stringify(definition)} → ${res.body.slice(0, 300)}`;
      expect([200, 400], where).toContain(res.statusCode);
      if (res.statusCode === 200) {
        ok += 1;
        for (const s of res.json<SegmentPreview>().sample) expect(mine.has(s.id), where).toBe(true);
      } else {
        refused += 1;
        const errors = res.json<{ errors?: { path: string }[] }>().errors ?? [];
        expect(errors.length, where).toBeGreaterThan(0);
        for (const e of errors) expect(pathExists({ definition }, e.path), `${where} (path ${e.path})`).toBe(true);
      }
    }
    // Both kinds were generated in numbers, so both paths were exercised.
    expect(ok).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
    const { rows } = await h.database.query<{ n: number }>(`select count(*)::int as n from contacts where workspace_id in ($1, $2)`, [a.workspaceId, b.workspaceId]);
    expect(rows[0]!.n).toBe(3);
  }, 120_000);
});
