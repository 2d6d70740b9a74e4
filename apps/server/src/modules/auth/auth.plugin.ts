import type { FastifyReply, FastifyRequest } from 'fastify';
import { fromNodeHeaders } from 'better-auth/node';
import type { Auth } from '../../platform/auth/auth.js';
import type { Db } from '../../platform/db.js';
import type { AuthDeps, SignedIn } from './session.service.js';

export interface AuthRoutesOptions {
  auth: Auth;
  db: Db;
}

export const depsOf = (opts: AuthRoutesOptions, req: FastifyRequest): AuthDeps => ({
  auth: opts.auth,
  db: opts.db,
  headers: fromNodeHeaders(req.headers),
});

export function sendSignedIn(reply: FastifyReply, status: number, result: SignedIn) {
  if (result.setCookies.length) reply.header('set-cookie', result.setCookies);
  return reply.status(status).send(result.me);
}
