import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, CustomField, Page, Problem } from '@rapport/contracts';
import { call, newApiKey, newMember, newWorkspace, startHarness, type Harness, type Session } from '../../test/harness.js';

let h: Harness;
let ws: Session;
const field = (body: Record<string, unknown>) => call(h, ws.headers, 'POST', '/api/v1/custom-fields', { entity: 'contact', ...body });
beforeAll(async () => {
  h = await startHarness();
  ws = await newWorkspace(h);
  await call(h, ws.headers, 'PATCH', '/api/v1/workspace/settings', { defaultRegion: 'TW' });
  for (const f of [
    { key: 'member_no', label: '會員編號', type: 'text', isUnique: true, isRequired: true },
    { key: 'notes_long', label: 'Background', type: 'long_text' },
    { key: 'points', label: 'Points', type: 'number' },
    { key: 'spend', label: 'Spend', type: 'currency', currency: 'twd' },
    { key: 'joined', label: 'Joined', type: 'date' },
    { key: 'last_visit', label: 'Last visit', type: 'datetime' },
    { key: 'newsletter', label: 'Newsletter', type: 'boolean' },
    { key: 'tier', label: 'Tier', type: 'select', options: [{ value: 'gold', label: '金卡' }, { value: 'silver', label: '銀卡' }] },
    { key: 'interests', label: 'Interests', type: 'multi_select', options: [{ value: 'tea', label: 'Tea' }, { value: 'coffee', label: 'Coffee' }] },
    { key: 'work_email', label: 'Work email', type: 'email' },
    { key: 'line_phone', label: 'LINE phone', type: 'phone' },
    { key: 'site', label: 'Website', type: 'url' },
  ]) {
    expect((await field(f)).statusCode, f.key).toBe(201);
  }
});
afterAll(() => h.close());

describe('custom fields', () => {
  it('validates and normalises a value of every type on write', async () => {
    const res = await call(h, ws.headers, 'POST', '/api/v1/contacts', {
      firstName: 'Ada',
      custom: {
        member_no: 'A-1',
        notes_long: 'Long text',
        points: '1,200',
        spend: 3500.5,
        joined: '2024/3/9',
        last_visit: '2026-11-01T08:00:00+08:00',
        newsletter: '是',
        tier: '金卡',
        interests: 'tea, coffee',
        work_email: 'ADA@Work.com',
        line_phone: '0912 345 678',
        site: 'example.com/ada',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Contact>().custom).toEqual({
      member_no: 'A-1',
      notes_long: 'Long text',
      points: 1200,
      spend: 3500.5,
      joined: '2024-03-09',
      last_visit: '2026-11-01T00:00:00.000Z',
      newsletter: true,
      tier: 'gold',
      interests: ['tea', 'coffee'],
      work_email: 'ada@work.com',
      line_phone: '+886912345678',
      site: 'https://example.com/ada',
    });
  });

  it('rejects wrong types, unknown keys, missing required and duplicate unique values, each at custom.<key>', async () => {
    const bad = await call(h, ws.headers, 'POST', '/api/v1/contacts', {
      firstName: 'Bad',
      custom: { points: 'many', joined: '2024-02-30', tier: 'platinum', site: 'javascript:alert(1)', nope: 1 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().errors!.map((e) => e.path).sort()).toEqual([
      'custom.joined',
      'custom.member_no',
      'custom.nope',
      'custom.points',
      'custom.site',
      'custom.tier',
    ]);
    const dup = await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: 'Twin', custom: { member_no: 'A-1' } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json<Problem>().errors).toEqual([{ path: 'custom.member_no', message: 'Another record already has this 會員編號' }]);
    const c = (await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: 'Bo', custom: { member_no: 'B-1' } })).json<Contact>();
    // Editing another field of a record is fine; clearing a required one is not.
    expect((await call(h, ws.headers, 'PATCH', `/api/v1/contacts/${c.id}`, { lastName: 'Li' })).statusCode).toBe(200);
    expect((await call(h, ws.headers, 'PATCH', `/api/v1/contacts/${c.id}`, { custom: { member_no: null } })).statusCode).toBe(400);
    expect((await call(h, ws.headers, 'PATCH', `/api/v1/contacts/${c.id}`, { custom: { member_no: 'B-1' } })).statusCode).toBe(200);
  });

  it('filters and sorts by custom fields', async () => {
    await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: 'Cy', custom: { member_no: 'C-1', points: 50, tier: 'silver', interests: ['tea'] } });
    const query = (filter: unknown, sort?: unknown) =>
      call(h, ws.headers, 'POST', '/api/v1/contacts/query', { filter, ...(sort ? { sort } : {}) }).then((r) => r.json<Page<Contact>>().data.map((c) => c.firstName));
    const cond = (field: string, op: string, value?: unknown) => ({ type: 'group', combinator: 'and', children: [{ type: 'condition', field, op, value }] });
    expect(await query(cond('custom.tier', 'eq', 'gold'))).toEqual(['Ada']);
    expect(await query(cond('custom.points', 'gt', 100))).toEqual(['Ada']);
    expect(await query(cond('custom.interests', 'in', ['tea']), { field: 'custom.points', order: 'asc' })).toEqual(['Cy', 'Ada']);
    expect(await query(cond('custom.interests', 'all', ['tea', 'coffee']))).toEqual(['Ada']);
    expect(await query(cond('custom.newsletter', 'eq', true))).toEqual(['Ada']);
  });

  it('refuses to make a field unique while records share values, and drops values with the field', async () => {
    const f = (await field({ key: 'city_code', label: 'City code', type: 'text' })).json<CustomField>();
    await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: 'D1', custom: { member_no: 'D-1', city_code: 'TPE' } });
    await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: 'D2', custom: { member_no: 'D-2', city_code: 'TPE' } });
    const res = await call(h, ws.headers, 'PATCH', `/api/v1/custom-fields/${f.id}`, { isUnique: true });
    expect(res.statusCode).toBe(409);
    expect(res.json<Problem>().detail).toContain('TPE');
    expect((await call(h, ws.headers, 'DELETE', `/api/v1/custom-fields/${f.id}`)).statusCode).toBe(204);
    const left = await h.database.query<{ n: number }>(`select count(*)::int as n from contacts where custom ? 'city_code'`);
    expect(left.rows[0]!.n).toBe(0);
  });

  it('checks its own input, and who may define fields', async () => {
    expect((await field({ key: 'Bad Key', label: 'x', type: 'text' })).statusCode).toBe(400);
    expect((await field({ key: 'pick', label: 'x', type: 'select' })).statusCode).toBe(400);
    expect((await field({ key: 'member_no', label: 'again', type: 'text' })).statusCode).toBe(409);
    const member = await newMember(h, ws, 'member');
    expect((await call(h, member.headers, 'POST', '/api/v1/custom-fields', { entity: 'contact', key: 'x1', label: 'x', type: 'text' })).statusCode).toBe(403);
    const key = await newApiKey(h, ws, ['read', 'write']);
    expect((await call(h, key, 'POST', '/api/v1/custom-fields', { entity: 'company', key: 'x2', label: 'x', type: 'text' })).statusCode).toBe(201);
    const list = (await call(h, member.headers, 'GET', '/api/v1/custom-fields?entity=company')).json<{ data: CustomField[] }>().data;
    expect(list.map((x) => x.key)).toEqual(['x2']);
  });
});
