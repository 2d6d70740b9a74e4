import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createCustomFieldInputSchema,
  customFieldSchema,
  idParamSchema,
  listCustomFieldsQuerySchema,
  updateCustomFieldInputSchema,
} from '@rapport/contracts';
import * as service from './custom-fields.service.js';

const tags = ['custom fields'];

export const customFieldRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/custom-fields',
    {
      config: { access: 'read' },
      schema: { tags, summary: 'List custom field definitions', querystring: listCustomFieldsQuerySchema, response: { 200: z.object({ data: z.array(customFieldSchema) }) } },
    },
    async (req) => ({ data: await service.listCustomFields(req.ctx, req.query.entity) }),
  );
  app.post(
    '/custom-fields',
    {
      config: { access: 'configure' },
      schema: { tags, summary: 'Define a custom field', body: createCustomFieldInputSchema, response: { 201: customFieldSchema } },
    },
    async (req, reply) => reply.status(201).send(await service.createCustomField(req.ctx, req.body)),
  );
  app.patch(
    '/custom-fields/:id',
    {
      config: { access: 'configure' },
      schema: { tags, summary: 'Change a custom field', params: idParamSchema, body: updateCustomFieldInputSchema, response: { 200: customFieldSchema } },
    },
    (req) => service.updateCustomField(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/custom-fields/:id',
    {
      config: { access: 'configure' },
      schema: { tags, summary: 'Delete a custom field and its values', params: idParamSchema, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await service.deleteCustomField(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
};
