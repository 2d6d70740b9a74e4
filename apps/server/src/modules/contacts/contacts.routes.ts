import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  batchResultSchema,
  contactBatchInputSchema,
  contactSchema,
  createContactInputSchema,
  fieldDescriptorSchema,
  searchQuerySchema,
  searchResultSchema,
  filterGroupSchema,
  idParamSchema,
  listContactsQuerySchema,
  pageOf,
  queryContactsInputSchema,
  updateContactInputSchema,
  upsertContactInputSchema,
} from '@rapport/contracts';
import { parseColumns, sendCsv } from '../../platform/csv-export.js';
import { parseFilterParam } from '../../platform/filters.js';
import { runContactBatch } from './contacts.batch.js';
import { exportContactsCsv } from './contacts.export.js';
import { searchContacts } from './contacts.search.js';
import * as service from './contacts.service.js';

const tags = ['contacts'];

/** GET lists carry the filter as JSON and the sort as two parameters. */
function fromQueryString(q: z.infer<typeof listContactsQuerySchema> | Omit<z.infer<typeof listContactsQuerySchema>, 'limit' | 'cursor'>) {
  return {
    q: q.q,
    tag: q.tag,
    companyId: q.companyId,
    filter: parseFilterParam(q.filter, (v) => filterGroupSchema.parse(v)),
    sort: q.sort ? { field: q.sort, order: q.order ?? ('asc' as const) } : undefined,
  };
}

export const contactRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/contacts',
    {
      config: { access: 'read' },
      schema: { tags, summary: 'List contacts (newest first unless sorted)', querystring: listContactsQuerySchema, response: { 200: pageOf(contactSchema) } },
    },
    (req) => service.queryContacts(req.ctx, { ...fromQueryString(req.query), limit: req.query.limit, cursor: req.query.cursor }),
  );

  app.get(
    '/search',
    {
      config: { access: 'read' },
      schema: { tags: ['search'], summary: 'Search contacts and companies by name, email, phone or domain', querystring: searchQuerySchema, response: { 200: searchResultSchema } },
    },
    (req) => searchContacts(req.ctx, req.query.q, req.query.limit),
  );

  app.post(
    '/contacts/query',
    {
      config: { access: 'read' },
      schema: { tags, summary: 'List contacts by a structured filter and sort', body: queryContactsInputSchema, response: { 200: pageOf(contactSchema) } },
    },
    (req) => service.queryContacts(req.ctx, req.body),
  );

  app.get(
    '/contacts/fields',
    {
      config: { access: 'read' },
      schema: { tags, summary: 'The fields of contacts, for filters, columns and import', response: { 200: z.object({ data: z.array(fieldDescriptorSchema) }) } },
    },
    (req) => service.listContactFields(req.ctx),
  );

  app.get(
    '/contacts/export',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Export the contacts of a view as CSV (UTF-8 with BOM)',
        querystring: listContactsQuerySchema.omit({ limit: true, cursor: true }).extend({ columns: z.string().max(5000).optional() }),
        produces: ['text/csv'],
      },
    },
    async (req, reply) => {
      const stream = await exportContactsCsv(req.ctx, fromQueryString(req.query), parseColumns(req.query.columns));
      return sendCsv(reply, 'contacts', stream);
    },
  );

  app.post(
    '/contacts',
    { config: { access: 'write' }, schema: { tags, summary: 'Create a contact', body: createContactInputSchema, response: { 201: contactSchema } } },
    async (req, reply) => reply.status(201).send(await service.createContact(req.ctx, req.body)),
  );

  app.post(
    '/contacts/upsert',
    {
      config: { access: 'write' },
      schema: {
        tags,
        summary: 'Create a contact, or update the one with the same email, phone or external id',
        body: upsertContactInputSchema,
        response: { 200: contactSchema, 201: contactSchema },
      },
    },
    async (req, reply) => {
      const { contact, created } = await service.upsertContact(req.ctx, req.body);
      return reply.status(created ? 201 : 200).send(contact);
    },
  );

  app.post(
    '/contacts/batch',
    {
      config: { access: 'write' },
      schema: { tags, summary: 'Create, update, upsert or delete up to 1,000 contacts, with a result per item', body: contactBatchInputSchema, response: { 200: batchResultSchema } },
    },
    (req) => runContactBatch(req.ctx, req.body),
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
