import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, Page, Problem, SearchResult } from '@rapport/contracts';
import { call, newWorkspace, startHarness, type Harness, type Session } from '../../test/harness.js';

let h: Harness;
let ws: Session;
const today = new Date();
const iso = (d: Date) => d.toISOString().slice(0, 10);
const daysAgo = (n: number) => iso(new Date(today.getTime() - n * 86_400_000));
beforeAll(async () => {
  h = await startHarness();
  ws = await newWorkspace(h);
  await call(h, ws.headers, 'PATCH', '/api/v1/workspace/settings', { defaultRegion: 'TW' });
  const people = [
    { firstName: '美玲', lastName: '林', email: 'mei@example.com', phone: '0912345678', address: { city: '台北市' }, tags: ['vip'], lifecycleStage: 'customer', birthday: `1990-${iso(today).slice(5, 7)}-01` },
    { firstName: '志明', lastName: '陳', email: 'chen@example.com', address: { city: '台中市' }, tags: ['vip', 'b2b'], lifecycleStage: 'lead', birthday: daysAgo(400) },
    { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', tags: [], lifecycleStage: 'lead' },
    { firstName: 'Alan', email: 'alan@example.com', address: { city: '台北市' }, tags: ['b2b'] },
  ];
  for (const p of people) expect((await call(h, ws.headers, 'POST', '/api/v1/contacts', p)).statusCode).toBe(201);
});
afterAll(() => h.close());

const names = (body: unknown) =>
  call(h, ws.headers, 'POST', '/api/v1/contacts/query', body).then((r) => {
    expect(r.statusCode, r.body).toBe(200);
    return r.json<Page<Contact>>().data.map((c) => c.firstName).sort();
  });
const c = (field: string, op: string, value?: unknown) => ({ type: 'condition', field, op, ...(value === undefined ? {} : { value }) });
const and = (...children: unknown[]) => ({ type: 'group', combinator: 'and', children });
const or = (...children: unknown[]) => ({ type: 'group', combinator: 'or', children });

describe('list filters', () => {
  it('combine nested AND / OR / NOT groups', async () => {
    expect(await names({ filter: and(c('tags', 'in', ['vip']), c('address.city', 'eq', '台北市')) })).toEqual(['美玲']);
    expect(await names({ filter: or(c('lifecycleStage', 'eq', 'customer'), and(c('tags', 'all', ['vip', 'b2b']))) })).toEqual(['志明', '美玲']);
    expect(await names({ filter: { ...and(c('tags', 'in', ['b2b'])), negate: true } })).toEqual(['Ada', '美玲']);
    // "Not in Taipei" includes people whose city is unknown.
    expect(await names({ filter: and(c('address.city', 'neq', '台北市')) })).toEqual(['Ada', '志明']);
    expect(await names({ filter: and(c('lastName', 'is_not_set')) })).toEqual(['Alan']);
    expect(await names({ filter: and(c('email', 'starts_with', 'A')) })).toEqual(['Ada', 'Alan']);
    expect(await names({ filter: and(c('phone', 'eq', '0912-345-678')) })).toEqual(['美玲']);
  });

  it('keep a top-level OR inside the workspace and live-contact conditions', async () => {
    const ghost = (await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: 'Ghost' })).json<Contact>();
    expect((await call(h, ws.headers, 'DELETE', `/api/v1/contacts/${ghost.id}`)).statusCode).toBe(204);
    const other = await newWorkspace(h, 'Other');
    await call(h, other.headers, 'POST', '/api/v1/contacts', { firstName: 'Ghost' });
    expect(await names({ filter: or(c('firstName', 'eq', 'Ada'), c('firstName', 'eq', 'Ghost')) })).toEqual(['Ada']);
    expect(await names({ filter: or(c('firstName', 'eq', 'Ada'), c('firstName', 'eq', 'Ghost')), sort: { field: 'firstName', order: 'asc' } })).toEqual(['Ada']);
  });

  it('understand dates: anniversaries this month, within and before N days', async () => {
    expect(await names({ filter: and(c('birthday', 'anniversary_this_month')) })).toEqual(['美玲']);
    expect(await names({ filter: and(c('birthday', 'before_last_days', 365)) })).toEqual(['志明', '美玲']);
    expect(await names({ filter: and(c('createdAt', 'within_last_days', 1)) })).toHaveLength(4);
    expect(await names({ filter: and(c('birthday', 'between', ['1980-01-01', daysAgo(399)])) })).toEqual(['志明', '美玲']);
  });

  it('point at the offending condition when invalid', async () => {
    const res = await call(h, ws.headers, 'POST', '/api/v1/contacts/query', {
      filter: and(c('tags', 'in', ['x']), or(c('birthday', 'gt', 'yesterday'), c('unknown', 'eq', 1)), c('lifecycleStage', 'contains', 'x')),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>().errors!.map((e) => e.path)).toEqual(['filter.children.1.children.0.value', 'filter.children.1.children.1.field', 'filter.children.2.op']);
    let deep: Record<string, unknown> = c('email', 'is_set');
    for (let i = 0; i < 8; i++) deep = and(deep);
    expect((await call(h, ws.headers, 'POST', '/api/v1/contacts/query', { filter: deep })).statusCode).toBe(400);
  });

  it('sort by any sortable field with keyset pages that hold every row once, empty values last', async () => {
    for (const order of ['asc', 'desc'] as const) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Page<Contact> = (await call(h, ws.headers, 'POST', '/api/v1/contacts/query', { sort: { field: 'lastName', order }, limit: 1, ...(cursor ? { cursor } : {}) })).json();
        seen.push(page.data[0]!.lastName ?? '∅');
        cursor = page.nextCursor;
      } while (cursor);
      const named = ['Lovelace', '林', '陳'];
      expect(seen).toEqual([...(order === 'asc' ? named : [...named].reverse()), '∅']);
    }
    expect((await call(h, ws.headers, 'GET', '/api/v1/contacts?sort=tags')).statusCode).toBe(400);
    expect((await call(h, ws.headers, 'GET', `/api/v1/contacts?filter=${encodeURIComponent('{oops')}`)).statusCode).toBe(400);
  });
});

describe('global search', () => {
  const search = (q: string) => call(h, ws.headers, 'GET', `/api/v1/search?q=${encodeURIComponent(q)}`).then((r) => r.json<SearchResult>().contacts.map((x) => x.name));
  it('finds Chinese names, emails and phones in any format', async () => {
    expect(await search('林美玲')).toEqual(['林美玲']);
    expect(await search('美玲')).toEqual(['林美玲']);
    expect(await search('ADA@')).toEqual(['Ada Lovelace']);
    for (const phone of ['0912-345-678', '+886 912 345 678', '(09)12345678', '345678']) expect(await search(phone), phone).toEqual(['林美玲']);
    expect(await search('nobody')).toEqual([]);
    expect((await call(h, ws.headers, 'GET', '/api/v1/search?q=')).statusCode).toBe(400);
  });
});
