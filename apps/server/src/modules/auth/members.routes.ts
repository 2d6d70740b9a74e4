import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptInvitationInputSchema,
  createInvitationInputSchema,
  idParamSchema,
  invitationPreviewSchema,
  invitationSchema,
  meSchema,
  memberSchema,
  pageOf,
  pageQuerySchema,
  updateMemberInputSchema,
} from '@rapport/contracts';
import { depsOf, sendSignedIn, type AuthRoutesOptions } from './auth.plugin.js';
import * as service from './members.service.js';

const noContent = { 204: z.null() };

export const memberRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, opts) => {
  const tags = ['members'];
  app.get(
    '/members',
    {
      config: { access: 'read' },
      schema: { tags, summary: 'Members of the workspace, oldest first', querystring: pageQuerySchema, response: { 200: pageOf(memberSchema) } },
    },
    (req) => service.listMembers(req.ctx, req.query),
  );
  app.patch(
    '/members/:id',
    {
      config: { access: 'admin' },
      schema: { tags, summary: "Change a member's role", params: idParamSchema, body: updateMemberInputSchema, response: { 200: memberSchema } },
    },
    (req) => service.updateMember(depsOf(opts, req), req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/members/:id',
    { config: { access: 'admin' }, schema: { tags, summary: 'Remove a member', params: idParamSchema, response: noContent } },
    async (req, reply) => {
      await service.removeMember(depsOf(opts, req), req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );

  const itags = ['invitations'];
  app.get(
    '/invitations',
    {
      config: { access: 'admin' },
      schema: { tags: itags, summary: 'Pending invitations, oldest first', querystring: pageQuerySchema, response: { 200: pageOf(invitationSchema) } },
    },
    (req) => service.listInvitations(req.ctx, req.query),
  );
  app.post(
    '/invitations',
    {
      config: { access: 'admin' },
      schema: { tags: itags, summary: 'Invite someone by link', body: createInvitationInputSchema, response: { 201: invitationSchema } },
    },
    async (req, reply) => reply.status(201).send(await service.createInvitation(depsOf(opts, req), req.ctx, req.body)),
  );
  app.delete(
    '/invitations/:id',
    { config: { access: 'admin' }, schema: { tags: itags, summary: 'Cancel an invitation', params: idParamSchema, response: noContent } },
    async (req, reply) => {
      await service.cancelInvitation(depsOf(opts, req), req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/invitations/:id/preview',
    {
      config: { access: 'public' },
      schema: { tags: itags, summary: 'What an invitation link offers (no sign-in needed)', params: idParamSchema, response: { 200: invitationPreviewSchema } },
    },
    (req) => service.previewInvitation(depsOf(opts, req), req.params.id),
  );
  app.post(
    '/invitations/:id/accept',
    {
      config: { access: 'public', rateLimit: { max: 10, timeWindow: '15 minutes' } },
      schema: {
        tags: itags,
        summary: 'Accept an invitation, signing in or creating the account',
        params: idParamSchema,
        body: acceptInvitationInputSchema,
        response: { 200: meSchema },
      },
    },
    async (req, reply) => sendSignedIn(reply, 200, await service.acceptInvitation(depsOf(opts, req), req.params.id, req.body)),
  );
};
