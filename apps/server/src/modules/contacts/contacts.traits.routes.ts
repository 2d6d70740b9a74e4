import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contactTraitsSchema, idParamSchema } from '@rapport/contracts';
import { assertContact } from './contacts.service.js';
import { getContactTraits } from './contacts.traits.js';

export const contactTraitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/contacts/:id/traits',
    {
      config: { access: 'read' },
      schema: {
        tags: ['contacts'],
        summary: 'Computed traits: first and last seen, orders, revenue net of refunds, AOV, favourite category, last viewed products, acquisition channel',
        params: idParamSchema,
        response: { 200: contactTraitsSchema },
      },
    },
    async (req) => {
      await assertContact(req.ctx, req.params.id);
      return getContactTraits(req.ctx, req.params.id);
    },
  );
};
