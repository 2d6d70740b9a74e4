import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, Page, Problem } from '@rapport/contracts';
import { call, newWorkspace, startHarness, type Harness, type Session } from '../../test/harness.js';

let h: Harness;
let tw: Session;
let none: Session;
beforeAll(async () => {
  h = await startHarness();
  tw = await newWorkspace(h);
  await call(h, tw.headers, 'PATCH', '/api/v1/workspace/settings', { defaultRegion: 'TW' });
  none = await newWorkspace(h);
});
afterAll(() => h.close());

const create = (s: Session, phone: string) => call(h, s.headers, 'POST', '/api/v1/contacts', { firstName: 'P', phone });

describe('contact phones', () => {
  it('stores every way of typing a number as E.164, reading local numbers in the default region', async () => {
    const cases: [string, string][] = [
      ['0912-345-678', '+886912345678'],
      ['0912 345 678', '+886912345678'],
      ['(02) 2345-6789', '+886223456789'],
      ['+886 912 345 678', '+886912345678'],
      ['+81 90-1234-5678', '+819012345678'],
    ];
    for (const [typed, stored] of cases) {
      const res = await create(tw, typed);
      expect(res.statusCode, typed).toBe(201);
      expect(res.json<Contact>().phone, typed).toBe(stored);
    }
  });

  it('rejects numbers that are not valid, naming the field', async () => {
    const res = await create(tw, '12345');
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>().errors).toEqual([{ path: 'phone', message: expect.stringContaining('TW') }]);
    // Without a default region only international numbers can be read.
    const local = await create(none, '0912 345 678');
    expect(local.statusCode).toBe(400);
    expect(local.json<Problem>().detail).toContain('default region');
    expect((await create(none, '+886 912 345 678')).json<Contact>().phone).toBe('+886912345678');
  });

  it('normalises phones on update too', async () => {
    const c = (await create(tw, '+886 2 2345 6789')).json<Contact>();
    const res = await call(h, tw.headers, 'PATCH', `/api/v1/contacts/${c.id}`, { phone: '0922-000-111' });
    expect(res.json<Contact>().phone).toBe('+886922000111');
    expect((await call(h, tw.headers, 'PATCH', `/api/v1/contacts/${c.id}`, { phone: '000' })).statusCode).toBe(400);
  });

  it('finds a contact by phone in whatever format the user types', async () => {
    const ws = await newWorkspace(h);
    await call(h, ws.headers, 'PATCH', '/api/v1/workspace/settings', { defaultRegion: 'TW' });
    const c = (await create(ws, '0933 111 222')).json<Contact>();
    await create(ws, '0933 999 888');
    for (const q of ['0933-111-222', '+886 933 111 222', '(0933)111222', '933111222']) {
      const found = (await call(h, ws.headers, 'GET', `/api/v1/contacts?q=${encodeURIComponent(q)}`)).json<Page<Contact>>();
      expect(found.data.map((x) => x.id), q).toEqual([c.id]);
    }
  });
});
