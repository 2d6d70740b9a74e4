import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Company, Contact, Page, Problem } from '@rapport/contracts';
import { call, newMember, newWorkspace, startHarness, type Harness, type Session } from '../../test/harness.js';

let h: Harness;
let ws: Session;
let company: Company;
beforeAll(async () => {
  h = await startHarness();
  ws = await newWorkspace(h);
  await call(h, ws.headers, 'PATCH', '/api/v1/workspace/settings', { defaultRegion: 'TW' });
  company = (await call(h, ws.headers, 'POST', '/api/v1/companies', { name: '台灣積體電路', domain: 'https://www.TSMC.com/about' })).json<Company>();
});
afterAll(() => h.close());

describe('the full contact record', () => {
  it('stores every standard field, normalised', async () => {
    const owner = await newMember(h, ws, 'member');
    const res = await call(h, ws.headers, 'POST', '/api/v1/contacts', {
      firstName: '美玲',
      lastName: '林',
      email: 'Mei@Example.com',
      emails: ['mei.work@example.com', 'MEI@example.com'],
      phone: '0912-345-678',
      phones: ['02 2345 6789'],
      gender: 'female',
      birthday: '1990-05-17',
      locale: 'zh-TW',
      timezone: 'Asia/Taipei',
      address: { country: 'tw', city: '台北市', district: '信義區', postcode: '110', line: '市府路 1 號' },
      companyId: company.id,
      companyRole: 'decision_maker',
      jobTitle: '採購經理',
      ownerId: owner.userId,
      source: 'trade show',
      lifecycleStage: 'lead',
      tags: ['VIP', 'VIP', '台北'],
      externalId: 'M-0001',
    });
    expect(res.statusCode).toBe(201);
    const c = res.json<Contact>();
    expect(c).toMatchObject({
      name: '林美玲',
      email: 'mei@example.com',
      // The primary is not repeated among the others.
      emails: ['mei.work@example.com'],
      phone: '+886912345678',
      phones: ['+886223456789'],
      birthday: '1990-05-17',
      address: { country: 'TW', city: '台北市', district: '信義區', postcode: '110', line: '市府路 1 號' },
      company: { id: company.id, name: '台灣積體電路' },
      companyRole: 'decision_maker',
      ownerId: owner.userId,
      lifecycleStage: 'lead',
      tags: ['VIP', '台北'],
      externalId: 'M-0001',
    });
    const people = (await call(h, ws.headers, 'GET', `/api/v1/contacts?companyId=${company.id}`)).json<Page<Contact>>();
    expect(people.data.map((p) => p.id)).toEqual([c.id]);
  });

  it('reports every bad field at once, each with its path', async () => {
    const res = await call(h, ws.headers, 'POST', '/api/v1/contacts', {
      firstName: 'Bad',
      phones: ['12'],
      timezone: 'Mars/Olympus',
      lifecycleStage: 'wizard',
      companyId: '00000000-0000-4000-8000-000000000000',
      ownerId: 'not-a-member',
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json<Problem>().errors!.map((e) => e.path);
    expect(paths).toEqual(['ownerId']);
    const res2 = await call(h, ws.headers, 'POST', '/api/v1/contacts', {
      firstName: 'Bad',
      phones: ['12'],
      timezone: 'Mars/Olympus',
      lifecycleStage: 'wizard',
      companyId: '00000000-0000-4000-8000-000000000000',
    });
    expect(res2.json<Problem>().errors!.map((e) => e.path).sort()).toEqual(['companyId', 'lifecycleStage', 'phones.0', 'timezone']);
  });

  it('keeps external ids unique and lets the workspace edit its lifecycle stages', async () => {
    const dup = await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: 'Twin', externalId: 'M-0001' });
    expect(dup.statusCode).toBe(409);
    const stages = [{ key: 'lead', label: 'Lead' }, { key: 'mql', label: 'Marketing qualified' }];
    expect((await call(h, ws.headers, 'PATCH', '/api/v1/workspace/settings', { lifecycleStages: stages })).json()).toMatchObject({ lifecycleStages: stages });
    expect((await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: 'Q', lifecycleStage: 'mql' })).statusCode).toBe(201);
    expect((await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: 'Q', lifecycleStage: 'customer' })).statusCode).toBe(400);
    const bad = await call(h, ws.headers, 'PATCH', '/api/v1/workspace/settings', { lifecycleStages: [{ key: 'a', label: 'A' }, { key: 'a', label: 'B' }] });
    expect(bad.statusCode).toBe(400);
  });

  it('never shows or finds a deleted contact', async () => {
    const c = (await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: 'Ghost', email: 'ghost@example.com' })).json<Contact>();
    expect((await call(h, ws.headers, 'DELETE', `/api/v1/contacts/${c.id}`)).statusCode).toBe(204);
    expect((await call(h, ws.headers, 'GET', `/api/v1/contacts/${c.id}`)).statusCode).toBe(404);
    expect((await call(h, ws.headers, 'GET', '/api/v1/contacts?q=ghost')).json<Page<Contact>>().data).toEqual([]);
    expect((await call(h, ws.headers, 'GET', '/api/v1/search?q=ghost')).json<{ contacts: unknown[] }>().contacts).toEqual([]);
    expect((await call(h, ws.headers, 'DELETE', `/api/v1/contacts/${c.id}`)).statusCode).toBe(404);
  });
});
