import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  companySchema,
  createCompanyInputSchema,
  fieldDescriptorSchema,
  filterGroupSchema,
  idParamSchema,
  listCompaniesQuerySchema,
  pageOf,
  queryCompaniesInputSchema,
  updateCompanyInputSchema,
} from '@rapport/contracts';
import { parseColumns, sendCsv } from '../../platform/csv-export.js';
import { parseFilterParam } from '../../platform/filters.js';
import { exportCompaniesCsv } from './companies.export.js';
import * as service from './companies.service.js';

const tags = ['companies'];

export const companyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/companies',
    {
      config: { access: 'read' },
      schema: { tags, summary: 'List companies (newest first unless sorted)', querystring: listCompaniesQuerySchema, response: { 200: pageOf(companySchema) } },
    },
    (req) => service.listCompanies(req.ctx, req.query),
  );
  app.post(
    '/companies/query',
    {
      config: { access: 'read' },
      schema: { tags, summary: 'List companies by a structured filter and sort', body: queryCompaniesInputSchema, response: { 200: pageOf(companySchema) } },
    },
    (req) => service.queryCompanies(req.ctx, req.body),
  );
  app.get(
    '/companies/fields',
    {
      config: { access: 'read' },
      schema: { tags, summary: 'The fields of companies, for filters, columns and import', response: { 200: z.object({ data: z.array(fieldDescriptorSchema) }) } },
    },
    (req) => service.listCompanyFields(req.ctx),
  );
  app.get(
    '/companies/export',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Export the companies of a view as CSV (UTF-8 with BOM)',
        querystring: listCompaniesQuerySchema.omit({ limit: true, cursor: true }).extend({ columns: z.string().max(5000).optional() }),
        produces: ['text/csv'],
      },
    },
    async (req, reply) => {
      const { q, tag, filter, sort, order, columns } = req.query;
      const stream = await exportCompaniesCsv(
        req.ctx,
        { q, tag, filter: parseFilterParam(filter, (v) => filterGroupSchema.parse(v)), sort: sort ? { field: sort, order: order ?? 'asc' } : undefined },
        parseColumns(columns),
      );
      return sendCsv(reply, 'companies', stream);
    },
  );
  app.post(
    '/companies',
    { config: { access: 'write' }, schema: { tags, summary: 'Create a company', body: createCompanyInputSchema, response: { 201: companySchema } } },
    async (req, reply) => reply.status(201).send(await service.createCompany(req.ctx, req.body)),
  );
  app.get(
    '/companies/:id',
    { config: { access: 'read' }, schema: { tags, summary: 'Get a company', params: idParamSchema, response: { 200: companySchema } } },
    (req) => service.getCompany(req.ctx, req.params.id),
  );
  app.patch(
    '/companies/:id',
    {
      config: { access: 'write' },
      schema: { tags, summary: 'Update a company', params: idParamSchema, body: updateCompanyInputSchema, response: { 200: companySchema } },
    },
    (req) => service.updateCompany(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/companies/:id',
    { config: { access: 'write' }, schema: { tags, summary: 'Delete a company; its people stay, unlinked', params: idParamSchema, response: { 204: z.null() } } },
    async (req, reply) => {
      await service.deleteCompany(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
};
