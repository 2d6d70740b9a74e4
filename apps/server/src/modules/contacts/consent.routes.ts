import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { consentEventSchema, consentStateSchema, idParamSchema, listConsentHistoryQuerySchema, pageOf, setConsentInputSchema } from '@rapport/contracts';
import * as service from './consent.service.js';

const tags = ['contacts'];

export const consentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/contacts/:id/consents',
    {
      config: { access: 'read' },
      schema: { tags, summary: "A contact's current consent per channel", params: idParamSchema, response: { 200: z.object({ data: z.array(consentStateSchema) }) } },
    },
    (req) => service.getConsents(req.ctx, req.params.id),
  );
  app.post(
    '/contacts/:id/consents',
    {
      config: { access: 'write' },
      schema: { tags, summary: 'Record a consent change, with proof', params: idParamSchema, body: setConsentInputSchema, response: { 201: consentEventSchema } },
    },
    async (req, reply) => reply.status(201).send(await service.setConsent(req.ctx, req.params.id, req.body, req.ip)),
  );
  app.get(
    '/contacts/:id/consents/history',
    {
      config: { access: 'read' },
      schema: { tags, summary: "A contact's consent changes, newest first", params: idParamSchema, querystring: listConsentHistoryQuerySchema, response: { 200: pageOf(consentEventSchema) } },
    },
    (req) => service.listConsentHistory(req.ctx, req.params.id, req.query),
  );
};
