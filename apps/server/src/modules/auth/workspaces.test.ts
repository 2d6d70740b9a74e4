import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, Contact, Me, Page, Problem, Workspace } from '@rapport/contracts';
import { call, newApiKey, newMember, newWorkspace, startHarness, type Harness, type Session } from '../../test/harness.js';

let h: Harness;
let alice: Session;
let bob: Session;
beforeAll(async () => {
  h = await startHarness();
  alice = await newWorkspace(h, 'Alice Co');
  bob = await newWorkspace(h, 'Bob Co');
});
afterAll(() => h.close());

const workspacesOf = async (s: Session) => (await call(h, s.headers, 'GET', '/api/v1/workspaces')).json<Page<Workspace>>().data;
const meOf = async (s: Session) => (await call(h, s.headers, 'GET', '/api/v1/me')).json<Me>();

describe('workspaces', () => {
  it('lists only the workspaces the user belongs to, with their role', async () => {
    const res = await call(h, alice.headers, 'GET', '/api/v1/workspaces');
    expect(res.statusCode).toBe(200);
    expect(res.json<Page<Workspace>>()).toEqual({
      data: [{ id: alice.workspaceId, name: 'Alice Co', slug: expect.stringMatching(/^ws-/), role: 'owner' }],
      nextCursor: null,
    });
    expect((await workspacesOf(bob)).map((w) => w.id)).toEqual([bob.workspaceId]);

    // A viewer of Bob's workspace sees it with that role; Alice still sees only her own.
    const carol = await newMember(h, bob, 'viewer');
    expect((await workspacesOf(carol)).map((w) => [w.id, w.role])).toEqual([[bob.workspaceId, 'viewer']]);
    expect((await workspacesOf(alice)).map((w) => w.id)).toEqual([alice.workspaceId]);
    expect((await call(h, null, 'GET', '/api/v1/workspaces')).statusCode).toBe(401);
  });

  it('creates a workspace owned by the creator and makes it active', async () => {
    const me = await newWorkspace(h, 'Old');
    const res = await call(h, me.headers, 'POST', '/api/v1/workspaces', { name: '  Zürich Büro  ' });
    expect(res.statusCode).toBe(201);
    const ws = res.json<Workspace>();
    expect(ws).toMatchObject({ name: 'Zürich Büro', role: 'owner' });
    expect(ws.slug).toMatch(/^zurich-buro-[a-z0-9]+$/);
    expect(ws.id).not.toBe(me.workspaceId);

    const after = await meOf(me);
    expect(after.workspace).toEqual(ws);
    expect(after.workspaces.map((w) => w.id)).toEqual([me.workspaceId, ws.id]);
    // The creator is its only member, as owner.
    const members = (await call(h, me.headers, 'GET', '/api/v1/members')).json<Page<{ userId: string; role: string }>>();
    expect(members.data.map((m) => [m.userId, m.role])).toEqual([[me.userId, 'owner']]);
    // Its creation is the first entry of its audit log.
    const audit = (await call(h, me.headers, 'GET', `/api/v1/audit-log?entity=workspace&entityId=${ws.id}`)).json<Page<AuditEntry>>();
    expect(audit.data.map((e) => [e.action, e.actorLabel, e.via, e.changes.name?.after])).toEqual([['create', me.email, 'ui', 'Zürich Büro']]);

    // Names in scripts without an ASCII slug still get a unique slug.
    const cjk = (await call(h, me.headers, 'POST', '/api/v1/workspaces', { name: '台北辦公室' })).json<Workspace>();
    expect(cjk.slug).toMatch(/^workspace-[a-z0-9]+$/);

    const bad = await call(h, me.headers, 'POST', '/api/v1/workspaces', { name: '   ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().errors!.map((e) => e.path)).toEqual(['name']);
  });

  it('switches the active workspace; data follows the switch', async () => {
    const me = await newWorkspace(h, 'One');
    const oneId = me.workspaceId;
    const inOne = await call(h, me.headers, 'POST', '/api/v1/contacts', { firstName: 'InOne' });
    expect(inOne.statusCode).toBe(201);
    const two = (await call(h, me.headers, 'POST', '/api/v1/workspaces', { name: 'Two' })).json<Workspace>();

    const toOne = await call(h, me.headers, 'POST', `/api/v1/workspaces/${oneId}/activate`);
    expect(toOne.statusCode).toBe(200);
    expect(toOne.json<Me>().workspace).toMatchObject({ id: oneId, name: 'One', role: 'owner' });
    expect((await meOf(me)).workspace?.id).toBe(oneId);
    const names = async () => (await call(h, me.headers, 'GET', '/api/v1/contacts')).json<Page<Contact>>().data.map((c) => c.firstName);
    expect(await names()).toEqual(['InOne']);

    const toTwo = await call(h, me.headers, 'POST', `/api/v1/workspaces/${two.id}/activate`);
    expect(toTwo.statusCode).toBe(200);
    expect(toTwo.json<Me>().workspace?.id).toBe(two.id);
    expect(await names()).toEqual([]);
    const inTwo = await call(h, me.headers, 'POST', '/api/v1/contacts', { firstName: 'InTwo' });
    expect(inTwo.statusCode).toBe(201);
    expect(await names()).toEqual(['InTwo']);
    expect((await call(h, me.headers, 'GET', `/api/v1/contacts/${inOne.json<Contact>().id}`)).statusCode).toBe(404);

    await call(h, me.headers, 'POST', `/api/v1/workspaces/${oneId}/activate`);
    expect(await names()).toEqual(['InOne']);
    expect((await call(h, me.headers, 'GET', `/api/v1/contacts/${inTwo.json<Contact>().id}`)).statusCode).toBe(404);
  });

  it("refuses to activate a workspace the user is not a member of, leaving the session's workspace alone", async () => {
    const me = await newWorkspace(h);
    const res = await call(h, me.headers, 'POST', `/api/v1/workspaces/${alice.workspaceId}/activate`);
    expect(res.statusCode).toBe(404);
    expect(res.json<Problem>().code).toBe('not_found');
    expect((await call(h, me.headers, 'POST', '/api/v1/workspaces/no-such-workspace/activate')).statusCode).toBe(404);
    expect((await meOf(me)).workspace?.id).toBe(me.workspaceId);

    const aliceContact = (await call(h, alice.headers, 'POST', '/api/v1/contacts', { firstName: 'AliceOnly' })).json<Contact>();
    expect((await call(h, me.headers, 'GET', `/api/v1/contacts/${aliceContact.id}`)).statusCode).toBe(404);
    const mine = (await call(h, me.headers, 'GET', '/api/v1/contacts')).json<Page<Contact>>();
    expect(mine.data.map((c) => c.id)).not.toContain(aliceContact.id);
  });

  it('keeps session-only routes away from API keys', async () => {
    const key = await newApiKey(h, alice, ['read', 'write']);
    for (const [method, url] of [
      ['GET', '/api/v1/me'],
      ['GET', '/api/v1/workspaces'],
      ['POST', '/api/v1/workspaces'],
      ['POST', `/api/v1/workspaces/${alice.workspaceId}/activate`],
      ['POST', '/api/v1/auth/logout'],
    ] as const) {
      const res = await call(h, key, method, url, method === 'POST' ? { name: 'Via key' } : undefined);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json<Problem>().code).toBe('forbidden');
    }
    expect((await workspacesOf(alice)).map((w) => w.name)).toEqual(['Alice Co']);
    // The key itself still works where keys are allowed.
    expect((await call(h, key, 'GET', '/api/v1/contacts')).statusCode).toBe(200);
  });
});
