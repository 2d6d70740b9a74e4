import type {
  AcceptInvitationInput,
  CreateInvitationInput,
  Invitation,
  InvitationPreview,
  Member,
  Page,
  PageQuery,
  Role,
  UpdateMemberInput,
} from '@rapport/contracts';
import { roleSchema } from '@rapport/contracts';
import { outranks } from '../../platform/auth/access.js';
import type { Ctx } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { decodeTimeKey, timeKeyOf, toPage } from '../../platform/pagination.js';
import { recordAudit } from '../audit/index.js';
import { callAuth } from './auth.errors.js';
import * as repo from './auth.repo.js';
import { activate, buildMe, cookieHeaderFrom, signInOrUp, viaOf, type AuthDeps, type SignedIn } from './session.service.js';

type MemberRow = NonNullable<Awaited<ReturnType<typeof repo.findMember>>>;
const toMember = (r: MemberRow): Member => ({ ...r, createdAt: r.createdAt.toISOString() });

export async function listMembers(ctx: Ctx, q: PageQuery): Promise<Page<Member>> {
  const rows = await repo.listMembers(ctx.db, ctx.workspaceId, { after: decodeTimeKey(q.cursor), limit: q.limit });
  const page = toPage(rows, q.limit, timeKeyOf);
  return { data: page.data.map(toMember), nextCursor: page.nextCursor };
}

async function getMemberFor(ctx: Ctx, memberId: string, target?: Role) {
  const m = await repo.findMember(ctx.db, ctx.workspaceId, { memberId });
  if (!m) throw notFound('Member');
  const actorRole = ctx.role ?? 'viewer';
  if (!outranks(actorRole, m.role) || (target && !outranks(actorRole, target))) {
    throw new AppError('forbidden', `A ${actorRole} cannot change a ${m.role}${target ? ` into a ${target}` : ''}`);
  }
  return m;
}

async function assertNotLastOwner(ctx: Ctx, role: Role) {
  if (role === 'owner' && (await repo.countOwners(ctx.db, ctx.workspaceId)) <= 1) {
    throw new AppError('last_owner', 'A workspace keeps at least one owner');
  }
}

export async function updateMember(deps: AuthDeps, ctx: Ctx, memberId: string, input: UpdateMemberInput): Promise<Member> {
  const m = await getMemberFor(ctx, memberId, input.role);
  if (input.role !== 'owner') await assertNotLastOwner(ctx, m.role);
  await callAuth(() =>
    deps.auth.api.updateMemberRole({ headers: deps.headers, body: { memberId, role: input.role, organizationId: ctx.workspaceId } }),
  );
  await recordAudit(ctx.db, ctx, { entity: 'member', entityId: memberId, action: 'update', changes: { role: { before: m.role, after: input.role } } });
  const row = await repo.findMember(ctx.db, ctx.workspaceId, { memberId });
  if (!row) throw notFound('Member');
  return toMember(row);
}

export async function removeMember(deps: AuthDeps, ctx: Ctx, memberId: string): Promise<void> {
  const m = await getMemberFor(ctx, memberId);
  await assertNotLastOwner(ctx, m.role);
  await callAuth(() =>
    deps.auth.api.removeMember({ headers: deps.headers, body: { memberIdOrEmail: memberId, organizationId: ctx.workspaceId } }),
  );
  await recordAudit(ctx.db, ctx, { entity: 'member', entityId: memberId, action: 'delete', changes: { userId: { before: m.userId, after: null }, role: { before: m.role, after: null } } });
}

type InvitationRow = Awaited<ReturnType<typeof repo.listInvitations>>[number];

function toInvitation(r: InvitationRow): Invitation {
  const status = r.status as Invitation['status'];
  return {
    id: r.id,
    email: r.email,
    role: roleSchema.catch('member').parse(r.role),
    status,
    expiresAt: r.expiresAt.toISOString(),
    link: `/invite/${r.id}`,
  };
}

export async function listInvitations(ctx: Ctx, q: PageQuery): Promise<Page<Invitation>> {
  const rows = await repo.listInvitations(ctx.db, ctx.workspaceId, { after: decodeTimeKey(q.cursor), limit: q.limit });
  const page = toPage(rows, q.limit, timeKeyOf);
  return { data: page.data.map(toInvitation), nextCursor: page.nextCursor };
}

export async function createInvitation(deps: AuthDeps, ctx: Ctx, input: CreateInvitationInput): Promise<Invitation> {
  if (!outranks(ctx.role ?? 'viewer', input.role)) throw new AppError('forbidden', `You cannot invite a ${input.role}`);
  const inv = await callAuth(() =>
    deps.auth.api.createInvitation({
      headers: deps.headers,
      body: { email: input.email, role: input.role, organizationId: ctx.workspaceId, resend: true },
    }),
  );
  if (!inv) throw new Error('invitation was not created');
  await recordAudit(ctx.db, ctx, { entity: 'invitation', entityId: inv.id, action: 'create', changes: { email: { before: null, after: input.email }, role: { before: null, after: input.role } } });
  const row = (await repo.findInvitation(ctx.db, inv.id))?.invitation;
  if (!row) throw notFound('Invitation');
  return toInvitation(row);
}

export async function cancelInvitation(deps: AuthDeps, ctx: Ctx, id: string): Promise<void> {
  const found = await repo.findInvitation(ctx.db, id);
  if (!found || found.invitation.organizationId !== ctx.workspaceId) throw notFound('Invitation');
  await callAuth(() => deps.auth.api.cancelInvitation({ headers: deps.headers, body: { invitationId: id } }));
  await recordAudit(ctx.db, ctx, { entity: 'invitation', entityId: id, action: 'delete', changes: { status: { before: found.invitation.status, after: 'canceled' } } });
}

async function getPendingInvitation(deps: AuthDeps, id: string) {
  const found = await repo.findInvitation(deps.db, id);
  if (!found) throw notFound('Invitation');
  return found;
}

export async function previewInvitation(deps: AuthDeps, id: string): Promise<InvitationPreview> {
  const { invitation: inv, workspaceName } = await getPendingInvitation(deps, id);
  const expired = inv.expiresAt.getTime() < Date.now();
  return {
    workspaceName,
    email: inv.email,
    role: roleSchema.catch('member').parse(inv.role),
    status: (expired && inv.status === 'pending' ? 'canceled' : inv.status) as InvitationPreview['status'],
    hasAccount: Boolean(await repo.findUserByEmail(deps.db, inv.email)),
  };
}

/** The invitation link is the secret: whoever holds it joins as the invited email, after proving the password. */
export async function acceptInvitation(deps: AuthDeps, id: string, input: AcceptInvitationInput): Promise<SignedIn> {
  const { invitation: inv } = await getPendingInvitation(deps, id);
  if (inv.status !== 'pending' || inv.expiresAt.getTime() < Date.now()) {
    throw new AppError('invitation_not_pending', 'This invitation is no longer valid; ask for a new one');
  }
  const { user, cookies } = await signInOrUp(deps, inv.email, input.password, input.name);
  const headers = cookieHeaderFrom(cookies);
  await callAuth(() => deps.auth.api.acceptInvitation({ headers, body: { invitationId: id } }));
  const joined = await repo.findMember(deps.db, inv.organizationId, { userId: user.id });
  if (joined) {
    await recordAudit(
      deps.db,
      { workspaceId: inv.organizationId, actor: { type: 'user', id: user.id, label: user.email }, via: viaOf(deps.headers) },
      { entity: 'member', entityId: joined.id, action: 'create', changes: { userId: { before: null, after: user.id }, role: { before: null, after: joined.role } } },
    );
  }
  const more = await activate(deps, headers, inv.organizationId);
  return { me: await buildMe(deps.db, user, inv.organizationId), setCookies: [...cookies, ...more] };
}

/**
 * A record's owner must be a member of its workspace. Checked on the root handle, outside any
 * tenant transaction, because the tenant role cannot read memberships.
 */
export async function assertOwner(ctx: Ctx, ownerId: string | null | undefined, path = 'ownerId'): Promise<void> {
  if (!ownerId) return;
  if (!(await repo.findMember(ctx.db, ctx.workspaceId, { userId: ownerId }))) {
    throw new AppError('validation_failed', 'The owner must be a member of this workspace', { errors: [{ path, message: 'Not a member of this workspace' }] });
  }
}
