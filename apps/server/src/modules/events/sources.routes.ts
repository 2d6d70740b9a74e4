import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createSourceInputSchema, idParamSchema, sourceRejectSchema, sourceSchema, updateSourceInputSchema } from '@rapport/contracts';
import * as service from './sources.service.js';

const tags = ['sources'];

export const sourceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/sources',
    { config: { access: 'read' }, schema: { tags, summary: 'Event sources, with their write keys and last event', response: { 200: z.object({ data: z.array(sourceSchema) }) } } },
    async (req) => ({ data: await service.listSources(req.ctx) }),
  );
  app.post(
    '/sources',
    { config: { access: 'configure' }, schema: { tags, summary: 'Add a source with a new write key', body: createSourceInputSchema, response: { 201: sourceSchema } } },
    async (req, reply) => reply.status(201).send(await service.createSource(req.ctx, req.body)),
  );
  app.patch(
    '/sources/:id',
    { config: { access: 'configure' }, schema: { tags, summary: 'Rename, enable or disable a source', params: idParamSchema, body: updateSourceInputSchema, response: { 200: sourceSchema } } },
    (req) => service.updateSource(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/sources/:id/rotate-key',
    { config: { access: 'configure' }, schema: { tags, summary: 'Replace the write key', params: idParamSchema, response: { 200: sourceSchema } } },
    (req) => service.rotateWriteKey(req.ctx, req.params.id),
  );
  app.get(
    '/sources/:id/rejects',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Events this source sent that were refused, or stored with a warning, with reasons (kept 7 days)',
        params: idParamSchema,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100), before: z.string().max(64).optional() }),
        response: { 200: z.object({ data: z.array(sourceRejectSchema) }) },
      },
    },
    async (req) => ({ data: await service.listSourceRejects(req.ctx, req.params.id, req.query) }),
  );
};
