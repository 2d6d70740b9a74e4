import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changePasswordInputSchema,
  createWorkspaceInputSchema,
  idParamSchema,
  loginInputSchema,
  meSchema,
  pageOf,
  pageQuerySchema,
  setupInputSchema,
  setupStatusSchema,
  workspaceSchema,
} from '@rapport/contracts';
import { depsOf, sendSignedIn, type AuthRoutesOptions } from './auth.plugin.js';
import * as session from './session.service.js';
import * as workspaces from './workspaces.service.js';

const tags = ['session'];
const noContent = { 204: z.null() };

export const sessionRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, opts) => {
  app.get(
    '/setup',
    { config: { access: 'public' }, schema: { tags, summary: 'Whether first-run setup is still needed', response: { 200: setupStatusSchema } } },
    async () => ({ needsSetup: await session.needsSetup(opts.db) }),
  );

  app.post(
    '/setup',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Create the first owner and workspace', body: setupInputSchema, response: { 201: meSchema } },
    },
    async (req, reply) => sendSignedIn(reply, 201, await session.setup(depsOf(opts, req), req.body)),
  );

  app.post(
    '/auth/login',
    {
      config: {
        access: 'public',
        // Per address and email, so one attacker cannot lock everyone out and one account cannot be brute-forced.
        rateLimit: {
          max: 10,
          timeWindow: '15 minutes',
          hook: 'preHandler',
          keyGenerator: (req) => `${req.ip}|${String((req.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
        },
      },
      schema: { tags, summary: 'Sign in with email and password', body: loginInputSchema, response: { 200: meSchema } },
    },
    async (req, reply) => sendSignedIn(reply, 200, await session.login(depsOf(opts, req), req.body)),
  );

  app.post(
    '/auth/logout',
    { config: { access: 'session' }, schema: { tags, summary: 'Sign out', response: noContent } },
    async (req, reply) => {
      const cookies = await session.logout(depsOf(opts, req));
      if (cookies.length) reply.header('set-cookie', cookies);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/password',
    {
      config: { access: 'session' },
      schema: { tags, summary: 'Change your password; signs out your other sessions', body: changePasswordInputSchema, response: noContent },
    },
    async (req, reply) => {
      const active = req.principal?.kind === 'session' ? req.principal.workspaceId : null;
      const cookies = await session.changePassword(depsOf(opts, req), req.body, active);
      if (cookies.length) reply.header('set-cookie', cookies);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me',
    { config: { access: 'session' }, schema: { tags, summary: 'The signed-in user and their workspaces', response: { 200: meSchema } } },
    (req) => workspaces.me(depsOf(opts, req), req.principal),
  );

  app.get(
    '/workspaces',
    {
      config: { access: 'session' },
      schema: { tags: ['workspaces'], summary: 'Your workspaces', querystring: pageQuerySchema, response: { 200: pageOf(workspaceSchema) } },
    },
    (req) => workspaces.list(depsOf(opts, req), req.principal, req.query),
  );

  app.post(
    '/workspaces',
    {
      config: { access: 'session' },
      schema: { tags: ['workspaces'], summary: 'Create a workspace; it becomes active', body: createWorkspaceInputSchema, response: { 201: workspaceSchema } },
    },
    async (req, reply) => reply.status(201).send(await workspaces.create(depsOf(opts, req), req.principal, req.body)),
  );

  app.post(
    '/workspaces/:id/activate',
    {
      config: { access: 'session' },
      schema: { tags: ['workspaces'], summary: 'Switch the active workspace', params: idParamSchema, response: { 200: meSchema } },
    },
    async (req, reply) => {
      const result = await workspaces.activateWorkspace(depsOf(opts, req), req.principal, req.params.id);
      return sendSignedIn(reply, 200, result);
    },
  );
};
