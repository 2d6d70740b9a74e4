import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Company, Contact, Page, Problem, TimelineEntry } from '@rapport/contracts';
import { call, newWorkspace, startHarness, type Harness, type Session } from '../../test/harness.js';
import { isValidTaiwanBusinessId, normalizeDomain } from './companies.domain.js';

let h: Harness;
let ws: Session;
beforeAll(async () => {
  h = await startHarness();
  ws = await newWorkspace(h);
});
afterAll(() => h.close());

describe('company rules', () => {
  it('normalises domains', () => {
    expect(normalizeDomain('https://www.Example.com.tw/about?x=1')).toBe('example.com.tw');
    expect(normalizeDomain('shop.example.co.jp')).toBe('shop.example.co.jp');
    expect(normalizeDomain('例子.台灣')).toBe('xn--fsqu00a.xn--kpry57d');
    expect(() => normalizeDomain('localhost')).toThrow();
    expect(() => normalizeDomain('192.168.0.1')).toThrow();
  });

  it('checks the Taiwan business id (統一編號) checksum', () => {
    expect(isValidTaiwanBusinessId('22099131')).toBe(true); // TSMC
    expect(isValidTaiwanBusinessId('04595257')).toBe(true);
    expect(isValidTaiwanBusinessId('10458575')).toBe(true); // seventh digit 7
    expect(isValidTaiwanBusinessId('22099132')).toBe(false);
    expect(isValidTaiwanBusinessId('2209913')).toBe(false);
    expect(isValidTaiwanBusinessId('2209913a')).toBe(false);
  });
});

describe('companies', () => {
  it('creates, finds, updates and deletes a company, with its people and timeline', async () => {
    const res = await call(h, ws.headers, 'POST', '/api/v1/companies', {
      name: '台灣積體電路製造',
      domain: 'www.tsmc.com',
      industry: 'Semiconductors',
      size: '5001+',
      taxId: '22099131',
      address: { country: 'TW', city: '新竹市' },
      tags: ['key account'],
    });
    expect(res.statusCode, res.body).toBe(201);
    const co = res.json<Company>();
    expect(co).toMatchObject({ domain: 'tsmc.com', taxId: '22099131', address: { country: 'TW', city: '新竹市' } });
    const dup = await call(h, ws.headers, 'POST', '/api/v1/companies', { name: 'Copy', domain: 'https://tsmc.com/' });
    expect(dup.statusCode).toBe(409);
    const badTax = await call(h, ws.headers, 'PATCH', `/api/v1/companies/${co.id}`, { taxId: '22099132' });
    expect(badTax.statusCode).toBe(400);
    expect(badTax.json<Problem>().errors![0]!.path).toBe('taxId');
    // Outside Taiwan the number is not checked.
    expect((await call(h, ws.headers, 'POST', '/api/v1/companies', { name: 'JP Co', taxId: '1234567890123', address: { country: 'JP' } })).statusCode).toBe(201);

    const person = (await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: 'Wei', companyId: co.id, companyRole: 'champion' })).json<Contact>();
    expect(person.company).toEqual({ id: co.id, name: '台灣積體電路製造' });
    expect((await call(h, ws.headers, 'GET', '/api/v1/companies?q=tsmc')).json<Page<Company>>().data.map((c) => c.id)).toEqual([co.id]);
    expect((await call(h, ws.headers, 'GET', '/api/v1/search?q=積體')).json<{ companies: { id: string }[] }>().companies.map((c) => c.id)).toEqual([co.id]);

    await call(h, ws.headers, 'POST', `/api/v1/companies/${co.id}/notes`, { body: 'Annual review in <b>March</b>' });
    await call(h, ws.headers, 'PATCH', `/api/v1/companies/${co.id}`, { industry: 'Foundry' });
    const tl = (await call(h, ws.headers, 'GET', `/api/v1/companies/${co.id}/timeline`)).json<Page<TimelineEntry>>();
    expect(tl.data.map((e) => e.kind)).toEqual(['field_change', 'note', 'field_change']);

    expect((await call(h, ws.headers, 'DELETE', `/api/v1/companies/${co.id}`)).statusCode).toBe(204);
    expect((await call(h, ws.headers, 'GET', `/api/v1/companies/${co.id}`)).statusCode).toBe(404);
    // People stay, unlinked.
    expect((await call(h, ws.headers, 'GET', `/api/v1/contacts/${person.id}`)).json<Contact>().company).toBeNull();
  });

  it('lists with filters, sorts and keyset pages, and exports CSV', async () => {
    const w = await newWorkspace(h);
    for (const [name, size] of [['Alpha', '1-10'], ['Beta', '11-50'], ['Gamma', '11-50'], ['Delta', null]] as const) {
      await call(h, w.headers, 'POST', '/api/v1/companies', { name, size });
    }
    const filter = encodeURIComponent(JSON.stringify({ type: 'group', combinator: 'and', children: [{ type: 'condition', field: 'size', op: 'in', value: ['1-10', '11-50'] }] }));
    const page1 = (await call(h, w.headers, 'GET', `/api/v1/companies?filter=${filter}&sort=name&order=desc&limit=2`)).json<Page<Company>>();
    expect(page1.data.map((c) => c.name)).toEqual(['Gamma', 'Beta']);
    const page2 = (await call(h, w.headers, 'GET', `/api/v1/companies?filter=${filter}&sort=name&order=desc&limit=2&cursor=${page1.nextCursor}`)).json<Page<Company>>();
    expect(page2.data.map((c) => c.name)).toEqual(['Alpha']);
    expect(page2.nextCursor).toBeNull();
    const csv = await call(h, w.headers, 'GET', '/api/v1/companies/export?sort=size&columns=name,size');
    expect(csv.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('id,Name,Size');
    expect(csv.body.split('\r\n').filter(Boolean)).toHaveLength(5);
    const bad = await call(h, w.headers, 'GET', `/api/v1/companies?filter=${encodeURIComponent('{"type":"group","combinator":"and","children":[{"type":"condition","field":"size","op":"gt","value":3}]}')}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().errors![0]!.path).toBe('filter.children.0.op');
  });
});
