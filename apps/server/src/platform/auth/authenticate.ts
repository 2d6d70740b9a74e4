import type { FastifyRequest } from 'fastify';
import { fromNodeHeaders } from 'better-auth/node';
import { and, eq } from 'drizzle-orm';
import { apiKeyScopeSchema, roleSchema, type ApiKeyScope, type Role } from '@rapport/contracts';
import type { Db } from '../db.js';
import type { Actor } from '../context.js';
import type { Auth } from './auth.js';
import { members } from './schema.js';

/** Who is calling: a signed-in member of the active workspace, or a workspace API key. */
export type Principal =
  | { kind: 'session'; userId: string; email: string; workspaceId: string | null; role: Role | null; sessionToken: string }
  | { kind: 'api_key'; keyId: string; name: string; workspaceId: string; scopes: ApiKeyScope[] };

export function actorOf(p: Principal): Actor {
  return p.kind === 'session'
    ? { type: 'user', id: p.userId, label: p.email }
    : { type: 'api_key', id: p.keyId, label: `API key ${p.name}` };
}

function bearerToken(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m ? m[1]! : '';
}

export function parseScopes(permissions: Record<string, string[]> | null | undefined): ApiKeyScope[] {
  return (permissions?.scopes ?? []).filter((s): s is ApiKeyScope => apiKeyScopeSchema.safeParse(s).success);
}

export async function findMemberRole(db: Db, workspaceId: string, userId: string): Promise<Role | null> {
  const [row] = await db
    .select({ role: members.role })
    .from(members)
    .where(and(eq(members.organizationId, workspaceId), eq(members.userId, userId)));
  const parsed = roleSchema.safeParse(row?.role);
  return parsed.success ? parsed.data : null;
}

/**
 * Resolves the caller, or null when no credentials were sent. A malformed or unknown
 * bearer key also yields null: the guard turns that into a 401.
 */
export async function authenticate(auth: Auth, db: Db, req: FastifyRequest): Promise<Principal | null> {
  const token = bearerToken(req);
  if (token !== null) {
    if (!token) return null;
    const result = await auth.api.verifyApiKey({ body: { key: token } });
    if (!result.valid || !result.key) return null;
    const k = result.key;
    return {
      kind: 'api_key',
      keyId: k.id,
      name: k.name ?? k.start ?? k.id,
      workspaceId: k.referenceId,
      scopes: parseScopes(k.permissions as Record<string, string[]> | null),
    };
  }
  const session = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
  if (!session) return null;
  const workspaceId = (session.session as { activeOrganizationId?: string | null }).activeOrganizationId ?? null;
  const role = workspaceId ? await findMemberRole(db, workspaceId, session.user.id) : null;
  return {
    kind: 'session',
    userId: session.user.id,
    email: session.user.email,
    // A session pointing at a workspace the user has left has no workspace.
    workspaceId: role ? workspaceId : null,
    role,
    sessionToken: session.session.token,
  };
}
