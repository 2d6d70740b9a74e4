import { isAPIError } from 'better-auth/api';
import type { ChangePasswordInput, LoginInput, Me, SetupInput, Workspace } from '@rapport/contracts';
import type { Auth } from '../../platform/auth/auth.js';
import type { Via } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../../platform/errors.js';
import { callAuth } from './auth.errors.js';
import * as repo from './auth.repo.js';
import { initWorkspaceSettings } from './settings.service.js';

export interface AuthDeps {
  auth: Auth;
  db: Db;
  /** The caller's request headers (cookies), as better-auth reads them. */
  headers: Headers;
}

/** The outcome of a call that signs someone in: the response body and the cookies to set. */
export interface SignedIn {
  me: Me;
  setCookies: string[];
}

/** Turns Set-Cookie values into a Cookie header, so follow-up calls act as the new session. */
function cookieHeaderFrom(setCookies: string[]): Headers {
  return new Headers({ cookie: setCookies.map((c) => c.split(';')[0]).join('; ') });
}

export function slugify(name: string): string {
  const base = name
    .normalize('NFKD')
    // NFKD splits "ü" into "u" and a combining mark; drop the marks so "Zürich" becomes "zurich".
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  // Names in Chinese or Japanese have no ASCII slug; the random suffix keeps slugs unique either way.
  return `${base || 'workspace'}-${Math.random().toString(36).slice(2, 8)}`;
}

export const toWorkspace = (w: Workspace): Workspace => ({ id: w.id, name: w.name, slug: w.slug, role: w.role });

export async function buildMe(db: Db, user: { id: string; name: string; email: string }, activeId: string | null): Promise<Me> {
  const workspaces = (await repo.listUserWorkspaces(db, user.id)).map(toWorkspace);
  return {
    user: { id: user.id, name: user.name, email: user.email },
    workspace: workspaces.find((w) => w.id === activeId) ?? null,
    workspaces,
  };
}

/** Makes `workspaceId` the active workspace of the session in `headers`; returns the cookies to set. */
async function activate(deps: AuthDeps, headers: Headers, workspaceId: string | null): Promise<string[]> {
  if (!workspaceId) return [];
  const res = await callAuth(() =>
    deps.auth.api.setActiveOrganization({ headers, body: { organizationId: workspaceId }, returnHeaders: true }),
  );
  return res.headers.getSetCookie();
}

export async function needsSetup(db: Db): Promise<boolean> {
  return (await repo.countUsers(db)) === 0;
}

/** The web app marks its requests, so the audit log can tell UI changes from API calls. */
export const viaOf = (headers: Headers): Via => (headers.get('x-rapport-client') === 'web' ? 'ui' : 'api');

/** Creates a workspace owned by `user` (signed in through `headers`) and audits it inside it. */
export async function createWorkspaceFor(deps: AuthDeps, headers: Headers, name: string, user: { id: string; email: string }) {
  const org = await callAuth(() => deps.auth.api.createOrganization({ headers, body: { name, slug: slugify(name) } }));
  if (!org) throw new Error('workspace was not created');
  await initWorkspaceSettings(deps.db, org.id, deps.headers.get('accept-language'));
  await recordAudit(
    deps.db,
    { workspaceId: org.id, actor: { type: 'user', id: user.id, label: user.email }, via: viaOf(deps.headers) },
    { entity: 'workspace', entityId: org.id, action: 'create', changes: { name: { before: null, after: org.name } } },
  );
  return org;
}

/** First run: the first owner and their workspace. Only one caller ever succeeds. */
export async function setup(deps: AuthDeps, input: SetupInput): Promise<SignedIn> {
  if ((await repo.countUsers(deps.db)) > 0 || !(await repo.claimSetup(deps.db))) {
    throw new AppError('setup_already_done', 'Rapport is already set up; sign in instead');
  }
  try {
    const signUp = await callAuth(() =>
      deps.auth.api.signUpEmail({ body: { name: input.name, email: input.email, password: input.password }, returnHeaders: true }),
    );
    const cookies = signUp.headers.getSetCookie();
    const headers = cookieHeaderFrom(cookies);
    const org = await createWorkspaceFor(deps, headers, input.workspaceName, signUp.response.user);
    const more = await activate(deps, headers, org.id);
    return { me: await buildMe(deps.db, signUp.response.user, org.id), setCookies: [...cookies, ...more] };
  } catch (err) {
    await repo.releaseSetup(deps.db);
    throw err;
  }
}

async function signIn(deps: AuthDeps, email: string, password: string) {
  try {
    return await deps.auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  } catch (err) {
    if (!isAPIError(err) || err.statusCode >= 500) throw err;
    // One message for unknown email and wrong password, so the response reveals neither.
    throw new AppError('invalid_credentials', 'Wrong email or password');
  }
}

export async function login(deps: AuthDeps, input: LoginInput): Promise<SignedIn> {
  const res = await signIn(deps, input.email, input.password);
  const cookies = res.headers.getSetCookie();
  const user = res.response.user;
  const first = (await repo.listUserWorkspaces(deps.db, user.id))[0]?.id ?? null;
  const more = await activate(deps, cookieHeaderFrom(cookies), first);
  return { me: await buildMe(deps.db, user, first), setCookies: [...cookies, ...more] };
}

/** Signs an invitee in, or up when they have no account, and returns the new session's cookies. */
export async function signInOrUp(deps: AuthDeps, email: string, password: string, name: string | undefined) {
  if (await repo.findUserByEmail(deps.db, email)) {
    const res = await signIn(deps, email, password);
    return { user: res.response.user, cookies: res.headers.getSetCookie() };
  }
  if (!name) {
    throw new AppError('validation_failed', 'Your name is needed to create an account', {
      errors: [{ path: 'name', message: 'Required' }],
    });
  }
  const res = await callAuth(() => deps.auth.api.signUpEmail({ body: { name, email, password }, returnHeaders: true }));
  return { user: res.response.user, cookies: res.headers.getSetCookie() };
}

export { activate, cookieHeaderFrom };

export async function logout(deps: AuthDeps): Promise<string[]> {
  const res = await callAuth(() => deps.auth.api.signOut({ headers: deps.headers, returnHeaders: true }));
  return res.headers.getSetCookie();
}

/**
 * Changes the password and signs out every other session. better-auth replaces the caller's
 * session with a new one too, which starts without an active workspace: re-activate it there.
 */
export async function changePassword(deps: AuthDeps, input: ChangePasswordInput, activeWorkspaceId: string | null): Promise<string[]> {
  let cookies: string[];
  try {
    const res = await deps.auth.api.changePassword({
      headers: deps.headers,
      body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true },
      returnHeaders: true,
    });
    cookies = res.headers.getSetCookie();
  } catch (err) {
    // better-auth answers 400 for a wrong current password; anything else is a real failure.
    if (!isAPIError(err) || err.statusCode !== 400) throw err;
    throw new AppError('validation_failed', 'The current password is wrong', {
      errors: [{ path: 'currentPassword', message: 'Wrong password' }],
    });
  }
  const more = cookies.length ? await activate(deps, cookieHeaderFrom(cookies), activeWorkspaceId) : [];
  return [...cookies, ...more];
}
