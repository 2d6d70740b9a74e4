import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  idParamSchema,
  importEntitySchema,
  importOptionsSchema,
  importPreviewSchema,
  importRejectSchema,
  importSchema,
  pageOf,
  pageQuerySchema,
  startImportInputSchema,
} from '@rapport/contracts';
import { allPages, sendCsv, toCsvStream } from '../../platform/csv-export.js';
import { AppError } from '../../platform/errors.js';
import * as service from './imports.service.js';

export interface ImportRoutesOptions {
  maxBytes: number;
  enqueue: (workspaceId: string, importId: string) => Promise<void>;
}

const tags = ['imports'];
const rawTypes = ['text/csv', 'application/octet-stream', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

const uploadQuerySchema = z.object({
  entity: importEntitySchema.optional(),
  filename: z.string().max(255).optional(),
  /** Start right away: a dry run or the import itself, for one-call API use. */
  start: z.enum(['dry_run', 'import']).optional(),
});

function parseOptions(raw: string | undefined) {
  if (!raw) return undefined;
  try {
    return importOptionsSchema.parse(JSON.parse(raw));
  } catch (e) {
    if (e instanceof z.ZodError) throw e;
    throw new AppError('validation_failed', 'options is not valid JSON', { errors: [{ path: 'options', message: 'Not valid JSON' }] });
  }
}

export const importRoutes: FastifyPluginAsyncZod<ImportRoutesOptions> = async (app, { maxBytes, enqueue }) => {
  await app.register(fastifyMultipart, { limits: { fileSize: maxBytes, files: 1, fields: 10 }, throwFileSizeLimit: true });
  app.addContentTypeParser(rawTypes, { parseAs: 'buffer', bodyLimit: maxBytes }, (_req, body, done) => done(null, body));

  app.post(
    '/imports',
    {
      config: { access: 'write' },
      bodyLimit: maxBytes,
      schema: {
        tags,
        summary: 'Upload a CSV or XLSX file to import: multipart (file, entity, options) or the raw file with ?entity=&filename=',
        querystring: uploadQuerySchema,
        response: { 201: importPreviewSchema },
      },
    },
    async (req, reply) => {
      let data: Uint8Array;
      let filename = req.query.filename ?? 'upload.csv';
      let entity = req.query.entity;
      let options: string | undefined;
      if (req.isMultipart()) {
        const file = await req.file();
        if (!file) throw new AppError('validation_failed', 'No file in the upload', { errors: [{ path: 'file', message: 'Required' }] });
        try {
          data = await file.toBuffer();
        } catch (e) {
          if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
            throw new AppError('payload_too_large', `The file is over the limit of ${(maxBytes / 1048576).toFixed(0)} MB`);
          }
          throw e;
        }
        filename = file.filename || filename;
        const field = (name: string) => {
          const f = file.fields[name];
          return f && !Array.isArray(f) && f.type === 'field' ? String(f.value) : undefined;
        };
        entity = importEntitySchema.optional().parse(field('entity') ?? entity);
        options = field('options');
      } else if (Buffer.isBuffer(req.body)) {
        data = req.body;
      } else {
        throw new AppError('validation_failed', 'Send the file as multipart/form-data or as text/csv', { errors: [{ path: 'file', message: 'Required' }] });
      }
      if (!entity) throw new AppError('validation_failed', 'Say what the file holds: contacts or companies', { errors: [{ path: 'entity', message: 'Required' }] });
      const preview = await service.createImport(req.ctx, { entity, filename, data, options: parseOptions(options), maxBytes });
      if (req.query.start) preview.import = await service.startImport(req.ctx, preview.import.id, req.query.start === 'dry_run', enqueue);
      return reply.status(201).send(preview);
    },
  );

  app.get(
    '/imports',
    { config: { access: 'read' }, schema: { tags, summary: 'Imports, newest first', querystring: pageQuerySchema, response: { 200: pageOf(importSchema) } } },
    (req) => service.listImports(req.ctx, req.query),
  );
  app.get(
    '/imports/:id',
    { config: { access: 'read' }, schema: { tags, summary: 'An import and its progress', params: idParamSchema, response: { 200: importSchema } } },
    (req) => service.getImport(req.ctx, req.params.id),
  );
  app.get(
    '/imports/:id/preview',
    { config: { access: 'read' }, schema: { tags, summary: 'The first rows, suggested mapping and targets', params: idParamSchema, response: { 200: importPreviewSchema } } },
    (req) => service.getImportPreview(req.ctx, req.params.id),
  );
  app.patch(
    '/imports/:id',
    {
      config: { access: 'write' },
      schema: { tags, summary: 'Set the column mapping, duplicate rule, encoding and tags', params: idParamSchema, body: importOptionsSchema, response: { 200: importSchema } },
    },
    (req) => service.updateImportOptions(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/imports/:id/start',
    {
      config: { access: 'write' },
      schema: { tags, summary: 'Run the import, or a dry run that writes nothing', params: idParamSchema, body: startImportInputSchema, response: { 200: importSchema } },
    },
    (req) => service.startImport(req.ctx, req.params.id, req.body.dryRun, enqueue),
  );
  app.post(
    '/imports/:id/cancel',
    { config: { access: 'write' }, schema: { tags, summary: 'Stop an import; committed rows stay', params: idParamSchema, response: { 200: importSchema } } },
    (req) => service.cancelImport(req.ctx, req.params.id),
  );
  app.get(
    '/imports/:id/rejects',
    {
      config: { access: 'read' },
      schema: { tags, summary: 'Rejected rows with their reasons', params: idParamSchema, querystring: pageQuerySchema, response: { 200: pageOf(importRejectSchema) } },
    },
    (req) => service.listRejects(req.ctx, req.params.id, req.query),
  );
  app.get(
    '/imports/:id/rejects.csv',
    { config: { access: 'read' }, schema: { tags, summary: 'Rejected rows as CSV, the reason in an extra column', params: idParamSchema, produces: ['text/csv'] } },
    async (req, reply) => {
      const imp = await service.getImport(req.ctx, req.params.id);
      const pages = allPages(async (cursor) => {
        const page = await service.listRejects(req.ctx, imp.id, { limit: 1000, cursor });
        return { rows: page.data, nextCursor: page.nextCursor };
      });
      const columns = [
        { header: 'row', value: (r: { rowNumber: number }) => r.rowNumber },
        // A row that could not be read at all keeps its raw text in the first column.
        ...imp.headers.map((h, i) => ({ header: h, value: (r: { values: Record<string, string> }) => r.values[h] ?? (i === 0 ? r.values.raw : '') })),
        { header: 'reason', value: (r: { reason: string }) => r.reason },
      ];
      const name = imp.filename.replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '_');
      return sendCsv(reply, `${name}-rejected`, toCsvStream(pages, columns), false);
    },
  );
};
