import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, Contact, Page } from '@rapport/contracts';
import { call, newApiKey, newMember, newWorkspace, startHarness, type Harness, type Session } from '../../test/harness.js';

let h: Harness;
let owner: Session;
beforeAll(async () => {
  h = await startHarness();
  owner = await newWorkspace(h);
});
afterAll(() => h.close());

describe('contacts', () => {
  it('creates, reads, updates and deletes a contact, auditing each change', async () => {
    const created = await call(h, owner.headers, 'POST', '/api/v1/contacts', {
      firstName: '美玲',
      lastName: '林',
      email: 'Mei.Lin@Example.COM',
      phone: '+886 912 345 678',
      tags: ['VIP', 'VIP', '台北'],
    });
    expect(created.statusCode).toBe(201);
    const c = created.json<Contact>();
    expect(c).toMatchObject({ name: '林美玲', email: 'mei.lin@example.com', tags: ['VIP', '台北'] });

    const got = await call(h, owner.headers, 'GET', `/api/v1/contacts/${c.id}`);
    expect(got.json<Contact>().id).toBe(c.id);

    const updated = await call(h, owner.headers, 'PATCH', `/api/v1/contacts/${c.id}`, { email: 'mei@example.com', tags: [] });
    expect(updated.statusCode).toBe(200);
    expect(updated.json<Contact>()).toMatchObject({ email: 'mei@example.com', tags: [], firstName: '美玲' });

    expect((await call(h, owner.headers, 'DELETE', `/api/v1/contacts/${c.id}`)).statusCode).toBe(204);
    expect((await call(h, owner.headers, 'GET', `/api/v1/contacts/${c.id}`)).statusCode).toBe(404);

    const audit = await call(h, owner.headers, 'GET', `/api/v1/audit-log?entity=contact&entityId=${c.id}`);
    const entries = audit.json<Page<AuditEntry>>().data;
    expect(entries.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
    expect(entries[1]!.changes).toEqual({
      email: { before: 'mei.lin@example.com', after: 'mei@example.com' },
      tags: { before: ['VIP', '台北'], after: [] },
    });
    expect(entries[1]).toMatchObject({ actorType: 'user', actorLabel: owner.email, via: 'ui' });
    expect(entries[0]!.changes.firstName).toEqual({ before: '美玲', after: null });
  });

  it('records changes made with an API key as via api, by the key', async () => {
    const key = await newApiKey(h, owner, ['read', 'write']);
    const c = (await call(h, key, 'POST', '/api/v1/contacts', { email: 'key@example.com' })).json<Contact>();
    const [entry] = (await call(h, owner.headers, 'GET', `/api/v1/audit-log?entityId=${c.id}`)).json<Page<AuditEntry>>().data;
    expect(entry).toMatchObject({ actorType: 'api_key', via: 'api', action: 'create' });
    // Fields left empty are not "changes".
    expect(Object.keys(entry!.changes)).toEqual(['email']);
  });

  it('rejects bad input with problem+json naming the field', async () => {
    const res = await call(h, owner.headers, 'POST', '/api/v1/contacts', { email: 'not-an-email', phone: 'abc' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const paths = res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path).sort();
    expect(paths).toEqual(['email', 'phone']);

    const empty = await call(h, owner.headers, 'POST', '/api/v1/contacts', {});
    expect(empty.statusCode).toBe(400);
    const unknown = await call(h, owner.headers, 'POST', '/api/v1/contacts', { firstName: 'A', shoeSize: 44 });
    expect(unknown.statusCode).toBe(400);
    expect((await call(h, owner.headers, 'GET', '/api/v1/contacts?limit=0')).statusCode).toBe(400);
    expect((await call(h, owner.headers, 'GET', '/api/v1/contacts?cursor=garbage')).statusCode).toBe(400);
    expect((await call(h, owner.headers, 'GET', '/api/v1/contacts/not-a-uuid')).statusCode).toBe(404);
  });

  it('pages newest first with keyset cursors, and filters by search and tag', async () => {
    const ws = await newWorkspace(h);
    for (let i = 0; i < 5; i++) {
      await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: `P${i}`, tags: i % 2 ? ['odd'] : [] });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/contacts?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page: Page<Contact> = (await call(h, ws.headers, 'GET', url)).json();
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.map((c) => c.firstName!));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['P4', 'P3', 'P2', 'P1', 'P0']);

    const odd = (await call(h, ws.headers, 'GET', '/api/v1/contacts?tag=odd')).json<Page<Contact>>();
    expect(odd.data.map((c) => c.firstName)).toEqual(['P3', 'P1']);
    const q = (await call(h, ws.headers, 'GET', '/api/v1/contacts?q=p2')).json<Page<Contact>>();
    expect(q.data.map((c) => c.firstName)).toEqual(['P2']);
    const like = (await call(h, ws.headers, 'GET', '/api/v1/contacts?q=%25')).json<Page<Contact>>();
    expect(like.data).toEqual([]);
  });

  it('lets viewers read but not write', async () => {
    const viewer = await newMember(h, owner, 'viewer');
    expect((await call(h, viewer.headers, 'GET', '/api/v1/contacts')).statusCode).toBe(200);
    const res = await call(h, viewer.headers, 'POST', '/api/v1/contacts', { firstName: 'No' });
    expect(res.statusCode).toBe(403);
    expect(res.json<{ code: string }>().code).toBe('forbidden');
  });
});
