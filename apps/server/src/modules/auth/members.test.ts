import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, Member, Page, Problem, Role } from '@rapport/contracts';
import { call, newMember, newWorkspace, password, startHarness, type Harness, type Session } from '../../test/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const membersOf = async (s: Session) => {
  const res = await call(h, s.headers, 'GET', '/api/v1/members');
  expect(res.statusCode).toBe(200);
  return res.json<Page<Member>>().data;
};
const memberId = async (s: Session, of: Session) => (await membersOf(s)).find((m) => m.userId === of.userId)!.id;
const roleOf = async (s: Session, of: Session) => (await membersOf(s)).find((m) => m.userId === of.userId)?.role;
const patch = (as: Session, id: string, role: Role) => call(h, as.headers, 'PATCH', `/api/v1/members/${id}`, { role });

describe('members', () => {
  it('lists the members of the active workspace with their roles', async () => {
    const owner = await newWorkspace(h);
    const admin = await newMember(h, owner, 'admin');
    const viewer = await newMember(h, owner, 'viewer');
    const elsewhere = await newWorkspace(h);

    const list = await membersOf(viewer);
    expect(list.map((m) => [m.userId, m.email, m.role])).toEqual([
      [owner.userId, owner.email, 'owner'],
      [admin.userId, admin.email, 'admin'],
      [viewer.userId, viewer.email, 'viewer'],
    ]);
    expect(list[2]).toMatchObject({ name: 'viewer', createdAt: expect.any(String) });
    expect(list.map((m) => m.userId)).not.toContain(elsewhere.userId);
    expect(await membersOf(elsewhere)).toHaveLength(1);
  });

  it("lets an admin change a member's role, with an audit entry", async () => {
    const owner = await newWorkspace(h);
    const admin = await newMember(h, owner, 'admin');
    const member = await newMember(h, owner, 'member');
    const id = await memberId(owner, member);

    const res = await patch(admin, id, 'manager');
    expect(res.statusCode).toBe(200);
    expect(res.json<Member>()).toMatchObject({ id, userId: member.userId, email: member.email, role: 'manager' });
    expect(await roleOf(owner, member)).toBe('manager');

    const audit = await call(h, admin.headers, 'GET', `/api/v1/audit-log?entity=member&entityId=${id}`);
    expect(audit.statusCode).toBe(200);
    const [entry, ...rest] = audit.json<Page<AuditEntry>>().data;
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      entity: 'member',
      entityId: id,
      action: 'update',
      actorType: 'user',
      actorId: admin.userId,
      actorLabel: admin.email,
      changes: { role: { before: 'member', after: 'manager' } },
    });

    // The new role takes effect on the member's existing session: managers may write.
    expect((await call(h, member.headers, 'POST', '/api/v1/contacts', { firstName: 'Promoted' })).statusCode).toBe(201);
    expect((await patch(admin, id, 'viewer')).statusCode).toBe(200);
    expect((await call(h, member.headers, 'POST', '/api/v1/contacts', { firstName: 'Demoted' })).statusCode).toBe(403);

    const invalid = await call(h, admin.headers, 'PATCH', `/api/v1/members/${id}`, { role: 'superuser' });
    expect(invalid.statusCode).toBe(400);
  });

  it('keeps admins below owners', async () => {
    const owner = await newWorkspace(h);
    const admin = await newMember(h, owner, 'admin');
    const member = await newMember(h, owner, 'member');
    const ownerId = await memberId(owner, owner);

    const promote = await patch(admin, await memberId(owner, member), 'owner');
    expect(promote.statusCode).toBe(403);
    expect(promote.json<Problem>().code).toBe('forbidden');
    expect(await roleOf(owner, member)).toBe('member');
    // Nor may an admin make themselves an owner.
    expect((await patch(admin, await memberId(owner, admin), 'owner')).statusCode).toBe(403);
    expect(await roleOf(owner, admin)).toBe('admin');

    const demoteOwner = await patch(admin, ownerId, 'viewer');
    expect(demoteOwner.statusCode).toBe(403);
    expect((await call(h, admin.headers, 'DELETE', `/api/v1/members/${ownerId}`)).statusCode).toBe(403);
    expect(await roleOf(owner, owner)).toBe('owner');

    // An owner may make another owner.
    expect((await patch(owner, await memberId(owner, member), 'owner')).statusCode).toBe(200);
    expect(await roleOf(owner, member)).toBe('owner');
  });

  it('never leaves a workspace without an owner', async () => {
    const owner = await newWorkspace(h);
    const ownerId = await memberId(owner, owner);
    const demote = await patch(owner, ownerId, 'admin');
    expect(demote.statusCode).toBe(409);
    expect(demote.json<Problem>().code).toBe('last_owner');
    const remove = await call(h, owner.headers, 'DELETE', `/api/v1/members/${ownerId}`);
    expect(remove.statusCode).toBe(409);
    expect(remove.json<Problem>().code).toBe('last_owner');
    expect(await roleOf(owner, owner)).toBe('owner');

    // With a second owner, the first may step down.
    const second = await newMember(h, owner, 'owner');
    expect((await patch(owner, ownerId, 'admin')).statusCode).toBe(200);
    expect(await roleOf(second, owner)).toBe('admin');
    const last = await patch(second, await memberId(second, second), 'member');
    expect(last.statusCode).toBe(409);
    expect(last.json<Problem>().code).toBe('last_owner');
  });

  it('removes a member, who then loses access to the workspace', async () => {
    const owner = await newWorkspace(h);
    const admin = await newMember(h, owner, 'admin');
    const member = await newMember(h, owner, 'member');
    expect((await call(h, member.headers, 'GET', '/api/v1/contacts')).statusCode).toBe(200);

    const id = await memberId(owner, member);
    expect((await call(h, admin.headers, 'DELETE', `/api/v1/members/${id}`)).statusCode).toBe(204);
    expect((await membersOf(owner)).map((m) => m.userId)).not.toContain(member.userId);

    for (const url of ['/api/v1/contacts', '/api/v1/members']) {
      const res = await call(h, member.headers, 'GET', url);
      expect([401, 403], url).toContain(res.statusCode);
    }
    expect((await call(h, member.headers, 'POST', '/api/v1/contacts', { firstName: 'Gone' })).statusCode).toBe(403);
    // Signing in again does not bring the workspace back.
    const fresh = await call(h, null, 'POST', '/api/v1/auth/login', { email: member.email, password });
    expect(fresh.json<{ workspace: unknown; workspaces: unknown[] }>()).toMatchObject({ workspace: null, workspaces: [] });

    const audit = (await call(h, owner.headers, 'GET', `/api/v1/audit-log?entity=member&entityId=${id}`)).json<Page<AuditEntry>>();
    expect(audit.data[0]).toMatchObject({ action: 'delete', changes: { role: { before: 'member', after: null } } });
    expect((await call(h, admin.headers, 'DELETE', `/api/v1/members/${id}`)).statusCode).toBe(404);
  });

  it('refuses member administration to members, managers and viewers', async () => {
    const owner = await newWorkspace(h);
    const target = await newMember(h, owner, 'viewer');
    const targetId = await memberId(owner, target);
    for (const role of ['member', 'manager', 'viewer'] as const) {
      const s = await newMember(h, owner, role);
      const attempts = [
        await call(h, s.headers, 'PATCH', `/api/v1/members/${targetId}`, { role: 'member' }),
        await call(h, s.headers, 'DELETE', `/api/v1/members/${targetId}`),
        await call(h, s.headers, 'GET', '/api/v1/invitations'),
        await call(h, s.headers, 'POST', '/api/v1/invitations', { email: 'x@example.com', role: 'viewer' }),
        await call(h, s.headers, 'GET', '/api/v1/api-keys'),
        await call(h, s.headers, 'POST', '/api/v1/api-keys', { name: 'k', scopes: ['read'] }),
        await call(h, s.headers, 'GET', '/api/v1/audit-log'),
      ];
      for (const res of attempts) {
        expect(res.statusCode, `${role}: ${res.body}`).toBe(403);
        expect(res.json<Problem>().code).toBe('forbidden');
      }
    }
    expect(await roleOf(owner, target)).toBe('viewer');
    const keys = await call(h, owner.headers, 'GET', '/api/v1/api-keys');
    expect(keys.json<Page<unknown>>().data).toEqual([]);
  });

  it('treats a member of another workspace as not found', async () => {
    const owner = await newWorkspace(h);
    const other = await newWorkspace(h);
    const stranger = await newMember(h, other, 'member');
    const strangerId = await memberId(other, stranger);

    const res = await patch(owner, strangerId, 'viewer');
    expect(res.statusCode).toBe(404);
    expect(res.json<Problem>().code).toBe('not_found');
    expect((await call(h, owner.headers, 'DELETE', `/api/v1/members/${strangerId}`)).statusCode).toBe(404);
    expect((await patch(owner, await memberId(other, other), 'viewer')).statusCode).toBe(404);
    expect(await roleOf(other, stranger)).toBe('member');
    expect((await call(h, stranger.headers, 'GET', '/api/v1/contacts')).statusCode).toBe(200);
    expect((await patch(owner, 'no-such-member', 'viewer')).statusCode).toBe(404);
  });

  it('pages members, invitations, API keys and workspaces with keyset cursors', async () => {
    const owner = await newWorkspace(h, 'Paged Co');
    for (const role of ['admin', 'member', 'viewer'] as const) await newMember(h, owner, role);
    for (let i = 0; i < 3; i++) await call(h, owner.headers, 'POST', '/api/v1/invitations', { email: `paged${i}@example.com`, role: 'member' });
    for (let i = 0; i < 3; i++) await call(h, owner.headers, 'POST', '/api/v1/api-keys', { name: `k${i}`, scopes: ['read'] });

    const walk = async (path: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const url: string = `${path}?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const res = await call(h, owner.headers, 'GET', url);
        expect(res.statusCode, url).toBe(200);
        const page = res.json<Page<{ id: string }>>();
        seen.push(...page.data.map((x) => x.id));
        cursor = page.nextCursor;
        pages++;
      } while (cursor);
      return { seen, pages };
    };
    const members = await walk('/api/v1/members');
    expect(members.pages).toBe(2);
    expect(new Set(members.seen).size).toBe(4);
    expect((await walk('/api/v1/invitations')).seen).toHaveLength(3);
    expect((await walk('/api/v1/api-keys')).seen).toHaveLength(3);
    expect((await walk('/api/v1/workspaces')).seen).toEqual([owner.workspaceId]);
    const bad = await call(h, owner.headers, 'GET', '/api/v1/members?cursor=bm9wZQ');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().code).toBe('validation_failed');
  });
});
