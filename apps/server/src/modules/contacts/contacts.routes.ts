import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  contactSchema,
  createContactInputSchema,
  idParamSchema,
  listContactsQuerySchema,
  pageOf,
  updateContactInputSchema,
} from '@rapport/contracts';
import { exportContactsCsv } from './contacts.export.js';
import * as service from './contacts.service.js';

const tags = ['contacts'];

export const contactRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/contacts',
    {
      config: { access: 'read' },
      schema: { tags, summary: 'List contacts, newest first', querystring: listContactsQuerySchema, response: { 200: pageOf(contactSchema) } },
    },
    (req) => service.listContacts(req.ctx, req.query),
  );

  app.get(
    '/contacts/export',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Export the contacts matching a filter as CSV (UTF-8 with BOM)',
        querystring: listContactsQuerySchema.pick({ q: true, tag: true }),
        produces: ['text/csv'],
      },
    },
    (req, reply) => {
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="contacts-${day}.csv"`)
        .send(exportContactsCsv(req.ctx, req.query));
    },
  );

  app.post(
    '/contacts',
    {
      config: { access: 'write' },
      schema: { tags, summary: 'Create a contact', body: createContactInputSchema, response: { 201: contactSchema } },
    },
    async (req, reply) => reply.status(201).send(await service.createContact(req.ctx, req.body)),
  );

  app.get(
    '/contacts/:id',
    { config: { access: 'read' }, schema: { tags, summary: 'Get a contact', params: idParamSchema, response: { 200: contactSchema } } },
    (req) => service.getContact(req.ctx, req.params.id),
  );

  app.patch(
    '/contacts/:id',
    {
      config: { access: 'write' },
      schema: { tags, summary: 'Update a contact', params: idParamSchema, body: updateContactInputSchema, response: { 200: contactSchema } },
    },
    (req) => service.updateContact(req.ctx, req.params.id, req.body),
  );

  app.delete(
    '/contacts/:id',
    { config: { access: 'write' }, schema: { tags, summary: 'Delete a contact', params: idParamSchema, response: { 204: z.null() } } },
    async (req, reply) => {
      await service.deleteContact(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
};
