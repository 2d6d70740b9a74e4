import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  contactIdentitySchema,
  eventCatalogEntrySchema,
  idParamSchema,
  identityConflictSchema,
  identityRulesSchema,
  listEventsQuerySchema,
  pageOf,
  storedEventSchema,
} from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import * as service from './events.service.js';

const tags = ['events'];

export interface EventRoutesOptions {
  /** Throws not_found unless the contact exists in the caller's workspace. */
  assertContact: (ctx: Ctx, id: string) => Promise<void>;
}

export const eventRoutes: FastifyPluginAsyncZod<EventRoutesOptions> = async (app, { assertContact }) => {
  app.get(
    '/events',
    {
      config: { access: 'read' },
      schema: { tags, summary: 'Stored events, newest first, by contact, anonymous id, type or name', querystring: listEventsQuerySchema, response: { 200: pageOf(storedEventSchema) } },
    },
    async (req) => {
      if (req.query.contactId) await assertContact(req.ctx, req.query.contactId);
      return service.listEvents(req.ctx, req.query);
    },
  );
  app.get(
    '/events/catalog',
    {
      config: { access: 'read' },
      schema: { tags, summary: 'Event names and property keys seen, with counts and last-seen times', response: { 200: z.object({ data: z.array(eventCatalogEntrySchema) }) } },
    },
    async (req) => ({ data: await service.getEventCatalog(req.ctx) }),
  );
  app.get(
    '/contacts/:id/identities',
    {
      config: { access: 'read' },
      schema: { tags: ['contacts'], summary: "The contact's anonymous ids, LINE ids and external ids", params: idParamSchema, response: { 200: z.object({ data: z.array(contactIdentitySchema) }) } },
    },
    async (req) => {
      await assertContact(req.ctx, req.params.id);
      return { data: await service.listContactIdentities(req.ctx, req.params.id) };
    },
  );
  app.get(
    '/identity/conflicts',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Profiles identity resolution did not merge or extend, for review',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: z.object({ data: z.array(identityConflictSchema) }) },
      },
    },
    async (req) => ({ data: await service.listIdentityConflicts(req.ctx, req.query.limit) }),
  );
  app.get(
    '/identity/rules',
    { config: { access: 'read' }, schema: { tags, summary: 'Identity resolution rules: blocked values, limits per kind', response: { 200: identityRulesSchema } } },
    (req) => service.getIdentityRules(req.ctx),
  );
  app.put(
    '/identity/rules',
    { config: { access: 'configure' }, schema: { tags, summary: 'Set the identity resolution rules', body: identityRulesSchema, response: { 200: identityRulesSchema } } },
    (req) => service.setIdentityRules(req.ctx, req.body),
  );
};
