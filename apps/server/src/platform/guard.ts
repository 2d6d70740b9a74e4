import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Ctx } from './context.js';
import type { Db } from './db.js';
import { AppError } from './errors.js';
import { actorOf, authenticate, type Principal } from './auth/authenticate.js';
import { can } from './auth/access.js';
import type { Auth } from './auth/auth.js';

/**
 * What a route requires. `session`: any signed-in user. `read`/`write`: a member or API key of
 * the active workspace with that right. `configure`: a manager or above, or an API key with the
 * write scope (integrations define their fields). `admin`: an owner or admin, never an API key.
 */
export type Access = 'public' | 'session' | 'read' | 'write' | 'configure' | 'admin';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    principal: Principal | null;
    /** Set for routes whose access needs a workspace. */
    ctx: Ctx;
  }
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF defence for cookie-authenticated writes: a browser always sends Origin or Sec-Fetch-Site
 * on cross-site requests, so a write whose Origin is foreign is refused. Bearer-key requests
 * carry no ambient credentials and are exempt.
 */
function assertSameOrigin(req: FastifyRequest, trustedOrigins: Set<string>) {
  if (!unsafeMethods.has(req.method) || req.headers.authorization) return;
  const origin = req.headers.origin;
  const fetchSite = req.headers['sec-fetch-site'];
  const ownOrigin = `${req.protocol}://${req.host}`;
  if (origin !== undefined) {
    if (origin === ownOrigin || trustedOrigins.has(origin)) return;
    throw new AppError('csrf_rejected', `Cross-origin request from ${origin} refused`);
  }
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    throw new AppError('csrf_rejected', 'Cross-site request refused');
  }
}

function hasRight(p: Principal, access: 'read' | 'write' | 'configure' | 'admin'): boolean {
  if (p.kind === 'api_key') return access !== 'admin' && p.scopes.includes(access === 'configure' ? 'write' : access);
  return p.role !== null && can(p.role, access);
}

export interface GuardOptions {
  auth: Auth;
  db: Db;
  trustedOrigins: string[];
}

/** Authenticates every API request and enforces each route's declared access; routes without one are refused. */
export function registerGuard(app: FastifyInstance, { auth, db, trustedOrigins }: GuardOptions) {
  const trusted = new Set(trustedOrigins);
  app.decorateRequest('principal', null);
  app.decorateRequest('ctx', null as unknown as Ctx);

  app.addHook('onRequest', async (req) => {
    if (req.url.startsWith('/api/')) assertSameOrigin(req, trusted);
  });

  app.addHook('preHandler', async (req) => {
    // Unmatched URLs (no route url) fall through to the 404 handler.
    if (!req.url.startsWith('/api/v1/') || req.routeOptions.url === undefined) return;
    const access = req.routeOptions.config.access;
    if (access === undefined) throw new AppError('forbidden', 'Route has no access rule');
    if (access === 'public') return;

    const principal = await authenticate(auth, db, req);
    if (!principal) {
      const sentKey = Boolean(req.headers.authorization);
      throw new AppError('unauthenticated', sentKey ? 'Invalid or revoked API key' : 'Sign in or send an API key');
    }
    req.principal = principal;
    if (access === 'session') {
      if (principal.kind !== 'session') throw new AppError('forbidden', 'This route needs a signed-in user');
      return;
    }
    if (!principal.workspaceId) throw new AppError('forbidden', 'No active workspace; choose one first');
    if (!hasRight(principal, access)) {
      throw principal.kind === 'api_key'
        ? new AppError('insufficient_scope', `This API key lacks the "${access === 'configure' ? 'write' : access}" scope`)
        : new AppError('forbidden', `Your role cannot ${access === 'admin' ? 'administer this workspace' : access}`);
    }
    req.ctx = {
      db,
      workspaceId: principal.workspaceId,
      actor: actorOf(principal),
      role: principal.kind === 'session' ? principal.role : null,
      via: req.headers['x-rapport-client'] === 'web' ? 'ui' : 'api',
      log: req.log,
    };
  });
}
