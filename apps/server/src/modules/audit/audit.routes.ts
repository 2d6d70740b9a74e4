import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditEntrySchema, listAuditQuerySchema, pageOf } from '@rapport/contracts';
import { listAuditEntries } from './audit.service.js';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit-log',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['audit'],
        summary: 'List audit log entries, newest first',
        querystring: listAuditQuerySchema,
        response: { 200: pageOf(auditEntrySchema) },
      },
    },
    (req) => listAuditEntries(req.ctx, req.query),
  );
};
