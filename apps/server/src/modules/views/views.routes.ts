import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamSchema, listSavedViewsQuerySchema, savedViewInputSchema, savedViewSchema, updateSavedViewInputSchema } from '@rapport/contracts';
import * as service from './views.service.js';

const tags = ['views'];

export const viewRoutes: FastifyPluginAsyncZod<{ fieldsFor: service.FieldsFor }> = async (app, { fieldsFor }) => {
  app.get(
    '/views',
    {
      config: { access: 'read' },
      schema: { tags, summary: 'Saved views: your private ones and all shared ones', querystring: listSavedViewsQuerySchema, response: { 200: z.object({ data: z.array(savedViewSchema) }) } },
    },
    async (req) => ({ data: await service.listViews(req.ctx, req.query.entity) }),
  );
  app.post(
    '/views',
    { config: { access: 'write' }, schema: { tags, summary: 'Save a view', body: savedViewInputSchema, response: { 201: savedViewSchema } } },
    async (req, reply) => reply.status(201).send(await service.createView(req.ctx, fieldsFor, req.body)),
  );
  app.patch(
    '/views/:id',
    { config: { access: 'write' }, schema: { tags, summary: 'Change a saved view', params: idParamSchema, body: updateSavedViewInputSchema, response: { 200: savedViewSchema } } },
    (req) => service.updateView(req.ctx, fieldsFor, req.params.id, req.body),
  );
  app.delete(
    '/views/:id',
    { config: { access: 'write' }, schema: { tags, summary: 'Delete a saved view', params: idParamSchema, response: { 204: z.null() } } },
    async (req, reply) => {
      await service.deleteView(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
};
