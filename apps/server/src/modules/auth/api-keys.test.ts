import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiKey, ApiKeyScope, Contact, CreatedApiKey, Member, Page, Problem } from '@rapport/contracts';
import { call, newMember, newWorkspace, startHarness, type Harness, type Session } from '../../test/harness.js';

let h: Harness;
let owner: Session;
beforeAll(async () => {
  h = await startHarness();
  owner = await newWorkspace(h, 'Keys Co');
});
afterAll(() => h.close());

async function createKey(as: Session, scopes: ApiKeyScope[], name = 'test key') {
  const res = await call(h, as.headers, 'POST', '/api/v1/api-keys', { name, scopes });
  expect(res.statusCode, res.body).toBe(201);
  const created = res.json<CreatedApiKey>();
  return { created, headers: { authorization: `Bearer ${created.key}` } };
}
const listKeys = async (as: Session) => {
  const res = await call(h, as.headers, 'GET', '/api/v1/api-keys');
  expect(res.statusCode).toBe(200);
  return res;
};

describe('API keys', () => {
  it('shows the secret only once and stores only its hash', async () => {
    const { created } = await createKey(owner, ['read', 'read', 'write'], 'Zapier');
    expect(created.key).toMatch(/^rk_[A-Za-z0-9_-]{20,}$/);
    expect(created).toMatchObject({ name: 'Zapier', scopes: ['read', 'write'], enabled: true, lastUsedAt: null });
    expect(created.start).toBeTruthy();
    expect(created.key.startsWith(created.start!)).toBe(true);
    expect(created.start!.length).toBeLessThan(created.key.length / 2);

    const { rows } = await h.database.query<{ key: string }>('select key from api_keys where id = $1', [created.id]);
    expect(rows).toHaveLength(1);
    const stored = rows[0]!.key;
    expect(stored).not.toBe(created.key);
    expect(stored).not.toContain(created.key.slice(3));

    const res = await listKeys(owner);
    expect(res.body).not.toContain(created.key);
    expect(res.body).not.toContain(stored);
    const listed = res.json<Page<ApiKey>>().data.find((k) => k.id === created.id)!;
    const { key: _secret, ...shown } = created;
    expect(listed).toEqual(shown);
    expect(Object.values(listed)).not.toContain(created.key);
    expect(Object.keys(listed)).not.toContain('key');

    const audit = (await call(h, owner.headers, 'GET', `/api/v1/audit-log?entity=api_key&entityId=${created.id}`)).body;
    expect(audit).toContain('"action":"create"');
    expect(audit).not.toContain(created.key);
  });

  it('enforces scopes', async () => {
    const read = (await createKey(owner, ['read'])).headers;
    const write = (await createKey(owner, ['write'])).headers;
    const track = (await createKey(owner, ['track'])).headers;

    expect((await call(h, read, 'GET', '/api/v1/contacts')).statusCode).toBe(200);
    const post = await call(h, read, 'POST', '/api/v1/contacts', { firstName: 'ByReadKey' });
    expect(post.statusCode).toBe(403);
    expect(post.json<Problem>().code).toBe('insufficient_scope');

    const created = await call(h, write, 'POST', '/api/v1/contacts', { firstName: 'ByWriteKey' });
    expect(created.statusCode).toBe(201);
    for (const key of [write, track]) {
      const get = await call(h, key, 'GET', '/api/v1/contacts');
      expect(get.statusCode).toBe(403);
      expect(get.json<Problem>().code).toBe('insufficient_scope');
      expect((await call(h, key, 'GET', `/api/v1/contacts/${created.json<Contact>().id}`)).statusCode).toBe(403);
    }
    expect((await call(h, track, 'POST', '/api/v1/contacts', { firstName: 'ByTrackKey' })).statusCode).toBe(403);
    const names = (await call(h, read, 'GET', '/api/v1/contacts')).json<Page<Contact>>().data.map((c) => c.firstName);
    expect(names).toEqual(['ByWriteKey']);
  });

  it('keeps every key out of admin routes', async () => {
    const all = (await createKey(owner, ['read', 'write', 'track'])).headers;
    const [ownerMember] = (await call(h, owner.headers, 'GET', '/api/v1/members')).json<Page<Member>>().data;
    const attempts = [
      await call(h, all, 'GET', '/api/v1/api-keys'),
      await call(h, all, 'POST', '/api/v1/api-keys', { name: 'minted', scopes: ['read'] }),
      await call(h, all, 'PATCH', `/api/v1/members/${ownerMember!.id}`, { role: 'viewer' }),
      await call(h, all, 'DELETE', `/api/v1/members/${ownerMember!.id}`),
      await call(h, all, 'GET', '/api/v1/audit-log'),
      await call(h, all, 'GET', '/api/v1/invitations'),
      await call(h, all, 'POST', '/api/v1/invitations', { email: 'x@example.com', role: 'admin' }),
    ];
    for (const res of attempts) expect(res.statusCode, res.body).toBe(403);
    const keys = (await listKeys(owner)).json<Page<ApiKey>>().data;
    expect(keys.map((k) => k.name)).not.toContain('minted');
    const members = (await call(h, owner.headers, 'GET', '/api/v1/members')).json<Page<Member>>().data;
    expect(members[0]).toMatchObject({ id: ownerMember!.id, role: 'owner' });
  });

  it('records when a key was last used', async () => {
    const { created, headers } = await createKey(owner, ['read']);
    const before = (await listKeys(owner)).json<Page<ApiKey>>().data.find((k) => k.id === created.id)!;
    expect(before.lastUsedAt).toBeNull();
    const t0 = Date.now();
    expect((await call(h, headers, 'GET', '/api/v1/contacts')).statusCode).toBe(200);
    // The last-used write runs after the response (deferUpdates), so it may land a moment later.
    const lastUsed = async () => (await listKeys(owner)).json<Page<ApiKey>>().data.find((k) => k.id === created.id)!.lastUsedAt;
    await expect.poll(lastUsed, { timeout: 5000 }).not.toBeNull();
    expect(new Date((await lastUsed())!).getTime()).toBeGreaterThanOrEqual(t0 - 1000);
  });

  it('revokes a key: it is refused from then on', async () => {
    const admin = await newMember(h, owner, 'admin');
    const { created, headers } = await createKey(owner, ['read']);
    expect((await call(h, headers, 'GET', '/api/v1/contacts')).statusCode).toBe(200);

    expect((await call(h, admin.headers, 'DELETE', `/api/v1/api-keys/${created.id}`)).statusCode).toBe(204);
    const after = await call(h, headers, 'GET', '/api/v1/contacts');
    expect(after.statusCode).toBe(401);
    expect(after.json<Problem>().code).toBe('unauthenticated');
    expect((await listKeys(owner)).json<Page<ApiKey>>().data.map((k) => k.id)).not.toContain(created.id);
    expect((await call(h, owner.headers, 'DELETE', `/api/v1/api-keys/${created.id}`)).statusCode).toBe(404);
  });

  it('refuses garbage credentials', async () => {
    for (const authorization of ['Bearer garbage', 'Bearer rk_0000000000000000000000000000000000000000', 'Bearer ', 'Basic dXNlcjpwYXNz']) {
      const res = await call(h, { authorization }, 'GET', '/api/v1/contacts');
      expect(res.statusCode, authorization).toBe(401);
      expect(res.json<Problem>().code).toBe('unauthenticated');
    }
    // A bearer header wins over a session cookie: a bad key is not rescued by the cookie.
    const mixed = await call(h, { ...owner.headers, authorization: 'Bearer garbage' }, 'GET', '/api/v1/contacts');
    expect(mixed.statusCode).toBe(401);
  });

  it("never shows one workspace's data to another workspace's key", async () => {
    const other = await newWorkspace(h, 'Other Co');
    const keyA = (await createKey(owner, ['read', 'write'])).headers;
    const keyB = (await createKey(other, ['read', 'write'])).headers;
    const inB = (await call(h, keyB, 'POST', '/api/v1/contacts', { firstName: 'SecretOfB' })).json<Contact>();
    const inA = (await call(h, keyA, 'POST', '/api/v1/contacts', { firstName: 'OfA' })).json<Contact>();

    const listA = await call(h, keyA, 'GET', '/api/v1/contacts?limit=100');
    expect(listA.body).not.toContain('SecretOfB');
    expect(listA.json<Page<Contact>>().data.map((c) => c.id)).toContain(inA.id);
    expect((await call(h, keyA, 'GET', `/api/v1/contacts?q=SecretOfB`)).json<Page<Contact>>().data).toEqual([]);
    expect((await call(h, keyA, 'GET', `/api/v1/contacts/${inB.id}`)).statusCode).toBe(404);
    expect((await call(h, keyA, 'PATCH', `/api/v1/contacts/${inB.id}`, { firstName: 'Hijacked' })).statusCode).toBe(404);
    expect((await call(h, keyA, 'DELETE', `/api/v1/contacts/${inB.id}`)).statusCode).toBe(404);
    expect((await call(h, keyB, 'GET', `/api/v1/contacts/${inB.id}`)).json<Contact>().firstName).toBe('SecretOfB');
    const membersA = (await call(h, keyA, 'GET', '/api/v1/members')).json<Page<Member>>().data;
    expect(membersA[0]!.userId).toBe(owner.userId);
    expect(membersA.map((m) => m.userId)).not.toContain(other.userId);

    // Nor can one workspace's admin see or revoke another's keys.
    const bKeys = (await listKeys(other)).json<Page<ApiKey>>().data;
    expect((await call(h, owner.headers, 'DELETE', `/api/v1/api-keys/${bKeys[0]!.id}`)).statusCode).toBe(404);
    expect((await listKeys(owner)).json<Page<ApiKey>>().data.map((k) => k.id)).not.toContain(bKeys[0]!.id);
    expect((await call(h, keyB, 'GET', '/api/v1/contacts')).statusCode).toBe(200);
  });

  it('rejects invalid key requests naming scopes', async () => {
    for (const scopes of [[], ['admin'], 'read', undefined]) {
      const res = await call(h, owner.headers, 'POST', '/api/v1/api-keys', { name: 'bad', scopes });
      expect(res.statusCode, JSON.stringify(scopes)).toBe(400);
      const paths = res.json<Problem>().errors!.map((e) => e.path);
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.every((p) => p === 'scopes' || p.startsWith('scopes.'))).toBe(true);
    }
    const noName = await call(h, owner.headers, 'POST', '/api/v1/api-keys', { name: ' ', scopes: ['read'] });
    expect(noName.json<Problem>().errors!.map((e) => e.path)).toEqual(['name']);
    expect((await listKeys(owner)).json<Page<ApiKey>>().data.map((k) => k.name)).not.toContain('bad');
  });
});
