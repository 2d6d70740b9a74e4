import type { CreateWorkspaceInput, Me, Page, PageQuery, Workspace } from '@rapport/contracts';
import { decodeTimeKey, timeKeyOf, toPage } from '../../platform/pagination.js';
import type { Principal } from '../../platform/auth/authenticate.js';
import { AppError, notFound } from '../../platform/errors.js';
import * as repo from './auth.repo.js';
import { activate, buildMe, createWorkspaceFor, toWorkspace, type AuthDeps, type SignedIn } from './session.service.js';

function sessionUser(p: Principal | null) {
  if (!p || p.kind !== 'session') throw new AppError('unauthenticated', 'Sign in first');
  return p;
}

export async function me(deps: AuthDeps, p: Principal | null): Promise<Me> {
  const s = sessionUser(p);
  const user = await repo.findUserByEmail(deps.db, s.email);
  if (!user) throw new AppError('unauthenticated', 'Sign in first');
  return buildMe(deps.db, user, s.workspaceId);
}

export async function list(deps: AuthDeps, p: Principal | null, q: PageQuery): Promise<Page<Workspace>> {
  const rows = await repo.listUserWorkspaces(deps.db, sessionUser(p).userId, { after: decodeTimeKey(q.cursor), limit: q.limit });
  const page = toPage(rows, q.limit, (r) => timeKeyOf({ createdAt: r.createdAt, id: r.memberId }));
  return { data: page.data.map(toWorkspace), nextCursor: page.nextCursor };
}

export async function create(deps: AuthDeps, p: Principal | null, input: CreateWorkspaceInput): Promise<Workspace> {
  const s = sessionUser(p);
  const org = await createWorkspaceFor(deps, deps.headers, input.name, { id: s.userId, email: s.email });
  await activate(deps, deps.headers, org.id);
  const ws = (await repo.listUserWorkspaces(deps.db, s.userId)).find((w) => w.id === org.id);
  if (!ws) throw notFound('Workspace');
  return toWorkspace(ws);
}

export async function activateWorkspace(deps: AuthDeps, p: Principal | null, workspaceId: string): Promise<SignedIn> {
  const s = sessionUser(p);
  // Not a member: the workspace does not exist as far as this user can tell.
  const mine = await repo.listUserWorkspaces(deps.db, s.userId);
  if (!mine.some((w) => w.id === workspaceId)) throw notFound('Workspace');
  const setCookies = await activate(deps, deps.headers, workspaceId);
  const user = await repo.findUserByEmail(deps.db, s.email);
  if (!user) throw new AppError('unauthenticated', 'Sign in first');
  return { me: await buildMe(deps.db, user, workspaceId), setCookies };
}
