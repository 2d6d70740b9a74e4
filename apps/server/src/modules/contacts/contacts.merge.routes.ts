import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  bulkActionInputSchema,
  bulkOperationSchema,
  duplicatePairSchema,
  duplicatesQuerySchema,
  idParamSchema,
  mergeContactsInputSchema,
  mergeResultSchema,
} from '@rapport/contracts';
import { runBulkAction, undoBulkAction } from './contacts.bulk.js';
import { findDuplicates } from './contacts.duplicates.js';
import { mergeContacts, undoMerge } from './contacts.merge.js';

const tags = ['contacts'];

/** Duplicates, merges and bulk actions: the operations that change many contacts at once, each undoable. */
export const contactMergeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/contacts/duplicates',
    {
      config: { access: 'read' },
      schema: { tags, summary: 'Likely duplicate pairs: same email or phone, or similar names at one company', querystring: duplicatesQuerySchema, response: { 200: z.object({ data: z.array(duplicatePairSchema) }) } },
    },
    (req) => findDuplicates(req.ctx, req.query.limit),
  );
  app.post(
    '/contacts/merge',
    {
      config: { access: 'write' },
      schema: { tags, summary: 'Merge one contact into another, picking the surviving value per field', body: mergeContactsInputSchema, response: { 200: mergeResultSchema } },
    },
    (req) => mergeContacts(req.ctx, req.body),
  );
  app.post(
    '/contact-merges/:id/undo',
    { config: { access: 'write' }, schema: { tags, summary: 'Undo a merge', params: idParamSchema, response: { 200: mergeResultSchema } } },
    (req) => undoMerge(req.ctx, req.params.id),
  );
  app.post(
    '/contacts/bulk-actions',
    {
      config: { access: 'write' },
      schema: { tags, summary: 'Tag, untag, set owner or stage, or delete many contacts; undoable', body: bulkActionInputSchema, response: { 200: bulkOperationSchema } },
    },
    (req) => runBulkAction(req.ctx, req.body),
  );
  app.post(
    '/bulk-operations/:id/undo',
    { config: { access: 'write' }, schema: { tags, summary: 'Undo a bulk action', params: idParamSchema, response: { 200: bulkOperationSchema } } },
    (req) => undoBulkAction(req.ctx, req.params.id),
  );
};
