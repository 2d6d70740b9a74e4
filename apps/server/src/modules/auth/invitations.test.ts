import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, Contact, Invitation, InvitationPreview, Me, Page, Problem } from '@rapport/contracts';
import { call, cookieFrom, newMember, newWorkspace, password, startHarness, uniqueEmail, type Harness, type Session } from '../../test/harness.js';

let h: Harness;
let owner: Session;
let admin: Session;
beforeAll(async () => {
  h = await startHarness();
  owner = await newWorkspace(h, 'Invite Co');
  admin = await newMember(h, owner, 'admin');
});
afterAll(() => h.close());

const invite = (as: Session, email: string, role = 'member') => call(h, as.headers, 'POST', '/api/v1/invitations', { email, role });
const preview = (id: string) => call(h, null, 'GET', `/api/v1/invitations/${id}/preview`);
const accept = (id: string, body: object) => call(h, null, 'POST', `/api/v1/invitations/${id}/accept`, body);

describe('invitations', () => {
  it('invites a new person, who creates an account by accepting', async () => {
    const email = uniqueEmail('invitee');
    const created = await invite(admin, email.toUpperCase(), 'manager');
    expect(created.statusCode).toBe(201);
    const inv = created.json<Invitation>();
    expect(inv).toMatchObject({ email, role: 'manager', status: 'pending', link: `/invite/${inv.id}` });
    expect(new Date(inv.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000);

    const list = await call(h, owner.headers, 'GET', '/api/v1/invitations');
    expect(list.statusCode).toBe(200);
    expect(list.json<Page<Invitation>>().data).toContainEqual(inv);

    const shown = await preview(inv.id);
    expect(shown.statusCode).toBe(200);
    expect(shown.json<InvitationPreview>()).toEqual({ workspaceName: 'Invite Co', email, role: 'manager', status: 'pending', hasAccount: false });

    const nameless = await accept(inv.id, { password });
    expect(nameless.statusCode).toBe(400);
    expect(nameless.json<Problem>().errors!.map((e) => e.path)).toEqual(['name']);
    expect((await preview(inv.id)).json<InvitationPreview>()).toMatchObject({ status: 'pending', hasAccount: false });

    const accepted = await accept(inv.id, { name: 'New Person', password });
    expect(accepted.statusCode).toBe(200);
    const me = accepted.json<Me>();
    expect(me.user).toMatchObject({ name: 'New Person', email });
    expect(me.workspace).toMatchObject({ id: owner.workspaceId, name: 'Invite Co', role: 'manager' });
    expect(me.workspaces).toHaveLength(1);

    // The returned cookie is a working session in the invited workspace.
    const session = cookieFrom(accepted);
    const contact = (await call(h, owner.headers, 'POST', '/api/v1/contacts', { firstName: 'Shared' })).json<Contact>();
    const contacts = await call(h, session, 'GET', '/api/v1/contacts');
    expect(contacts.statusCode).toBe(200);
    expect(contacts.json<Page<Contact>>().data.map((c) => c.id)).toContain(contact.id);
    const members = (await call(h, owner.headers, 'GET', '/api/v1/members')).json<Page<{ email: string; role: string }>>();
    expect(members.data.find((m) => m.email === email)?.role).toBe('manager');
    const joined = (await call(h, owner.headers, 'GET', '/api/v1/audit-log?entity=member')).json<Page<AuditEntry>>().data;
    expect(joined.find((e) => e.action === 'create')).toMatchObject({ actorLabel: email, changes: { role: { before: null, after: 'manager' } } });

    const again = await accept(inv.id, { name: 'New Person', password });
    expect(again.statusCode).toBe(409);
    expect(again.json<Problem>().code).toBe('invitation_not_pending');
    expect((await preview(inv.id)).json<InvitationPreview>()).toMatchObject({ status: 'accepted', hasAccount: true });
    const pending = (await call(h, owner.headers, 'GET', '/api/v1/invitations')).json<Page<Invitation>>().data;
    expect(pending.map((i) => i.id)).not.toContain(inv.id);
  });

  it('lets an existing user join with their password', async () => {
    const existing = await newWorkspace(h, 'Their Own');
    const inv = (await invite(owner, existing.email, 'viewer')).json<Invitation>();
    expect((await preview(inv.id)).json<InvitationPreview>().hasAccount).toBe(true);

    const wrong = await accept(inv.id, { password: 'not-their-password' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json<Problem>().code).toBe('invalid_credentials');
    expect((await preview(inv.id)).json<InvitationPreview>().status).toBe('pending');

    const ok = await accept(inv.id, { password });
    expect(ok.statusCode).toBe(200);
    const me = ok.json<Me>();
    expect(me.user.id).toBe(existing.userId);
    expect(me.workspace).toMatchObject({ id: owner.workspaceId, role: 'viewer' });
    expect(me.workspaces.map((w) => [w.id, w.role])).toEqual([
      [existing.workspaceId, 'owner'],
      [owner.workspaceId, 'viewer'],
    ]);
    // Joining does not change the role in their own workspace, and their other session keeps it active.
    const mine = await call(h, existing.headers, 'GET', '/api/v1/me');
    expect(mine.json<Me>().workspace).toMatchObject({ id: existing.workspaceId, role: 'owner' });
    expect((await call(h, cookieFrom(ok), 'POST', '/api/v1/contacts', { firstName: 'Viewer' })).statusCode).toBe(403);
  });

  it('cancels an invitation: the link stops working', async () => {
    const inv = (await invite(admin, uniqueEmail('canceled'))).json<Invitation>();
    const del = await call(h, admin.headers, 'DELETE', `/api/v1/invitations/${inv.id}`);
    expect(del.statusCode).toBe(204);
    expect((await preview(inv.id)).json<InvitationPreview>().status).toBe('canceled');
    const res = await accept(inv.id, { name: 'Too Late', password });
    expect(res.statusCode).toBe(409);
    expect(res.json<Problem>().code).toBe('invitation_not_pending');
    expect((await preview(inv.id)).json<InvitationPreview>().hasAccount).toBe(false);

    const audit = await call(h, owner.headers, 'GET', `/api/v1/audit-log?entity=invitation&entityId=${inv.id}`);
    expect(audit.json<Page<{ action: string }>>().data.map((e) => e.action)).toEqual(['delete', 'create']);
  });

  it('treats an expired invitation as no longer valid', async () => {
    const inv = (await invite(admin, uniqueEmail('expired'))).json<Invitation>();
    await h.database.query(`update invitations set expires_at = now() - interval '1 minute' where id = $1`, [inv.id]);
    expect((await preview(inv.id)).json<InvitationPreview>().status).toBe('canceled');
    const res = await accept(inv.id, { name: 'Late', password });
    expect(res.statusCode).toBe(409);
    expect(res.json<Problem>().code).toBe('invitation_not_pending');
    expect((await preview(inv.id)).json<InvitationPreview>().hasAccount).toBe(false);
  });

  it("treats another workspace's invitation as not found", async () => {
    const other = await newWorkspace(h);
    const theirs = (await invite(other, uniqueEmail('theirs'))).json<Invitation>();
    const res = await call(h, owner.headers, 'DELETE', `/api/v1/invitations/${theirs.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.json<Problem>().code).toBe('not_found');
    expect((await preview(theirs.id)).json<InvitationPreview>().status).toBe('pending');
    const mine = (await call(h, owner.headers, 'GET', '/api/v1/invitations')).json<Page<Invitation>>().data;
    expect(mine.map((i) => i.id)).not.toContain(theirs.id);
    expect((await preview('no-such-invitation')).statusCode).toBe(404);
  });

  it('refuses invitations to the owner role or with a bad body', async () => {
    const email = uniqueEmail('owner-wannabe');
    const res = await invite(owner, email, 'owner');
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>().errors!.map((e) => e.path)).toEqual(['role']);
    const bad = await call(h, admin.headers, 'POST', '/api/v1/invitations', { email: 'not-an-email' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().errors!.map((e) => e.path).sort()).toEqual(['email', 'role']);
    const { rows } = await h.database.query('select id from invitations where email = $1', [email]);
    expect(rows).toEqual([]);
  });
});
