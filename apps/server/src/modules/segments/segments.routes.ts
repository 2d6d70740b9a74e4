import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addListMembersSchema,
  idParamSchema,
  pageOf,
  pageQuerySchema,
  removeListMembersSchema,
  segmentCatalogSchema,
  segmentInputSchema,
  segmentMemberSchema,
  segmentMembershipChangeSchema,
  segmentPatchSchema,
  segmentPreviewInputSchema,
  segmentPreviewSchema,
  segmentSchema,
  snapshotSegmentSchema,
} from '@rapport/contracts';
import { allPages, sendCsv, toCsvStream } from '../../platform/csv-export.js';
import * as lists from './segments.lists.js';
import * as service from './segments.service.js';

const tags = ['segments'];
const exportQuery = z.object({ hashed: z.enum(['true', 'false']).optional() }).strict();

export const segmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/segments',
    { config: { access: 'read' }, schema: { tags, summary: 'Segments and static lists, with size and trend', response: { 200: z.object({ data: z.array(segmentSchema) }) } } },
    async (req) => ({ data: await service.listSegments(req.ctx) }),
  );
  app.post(
    '/segments',
    { config: { access: 'write' }, schema: { tags, summary: 'Create a segment (its members are computed before the answer) or a static list', body: segmentInputSchema, response: { 201: segmentSchema } } },
    async (req, reply) => reply.status(201).send(await service.createSegment(req.ctx, req.body)),
  );
  app.get(
    '/segments/catalog',
    { config: { access: 'read' }, schema: { tags, summary: 'What conditions may name: fields, model outputs, events and segments', response: { 200: segmentCatalogSchema } } },
    (req) => service.getCatalog(req.ctx),
  );
  app.post(
    '/segments/preview',
    { config: { access: 'read' }, schema: { tags, summary: 'Count and sample the contacts a definition matches, without saving it', body: segmentPreviewInputSchema, response: { 200: segmentPreviewSchema } } },
    (req) => service.previewSegment(req.ctx, req.body.definition, req.body.segmentId),
  );
  app.get(
    '/segments/:id',
    { config: { access: 'read' }, schema: { tags, summary: 'One segment or list', params: idParamSchema, response: { 200: segmentSchema } } },
    (req) => service.getSegment(req.ctx, req.params.id),
  );
  app.patch(
    '/segments/:id',
    { config: { access: 'write' }, schema: { tags, summary: 'Change a segment; a new definition is evaluated at once', params: idParamSchema, body: segmentPatchSchema, response: { 200: segmentSchema } } },
    (req) => service.updateSegment(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/segments/:id',
    { config: { access: 'write' }, schema: { tags, summary: 'Delete a segment or list', params: idParamSchema, response: { 204: z.null() } } },
    async (req, reply) => {
      await service.deleteSegment(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/segments/:id/members',
    { config: { access: 'read' }, schema: { tags, summary: 'Current members, newest first', params: idParamSchema, querystring: pageQuerySchema, response: { 200: pageOf(segmentMemberSchema) } } },
    (req) => service.listMembers(req.ctx, req.params.id, req.query),
  );
  app.get(
    '/segments/:id/history',
    { config: { access: 'read' }, schema: { tags, summary: 'Entries and exits, newest first', params: idParamSchema, querystring: pageQuerySchema, response: { 200: pageOf(segmentMembershipChangeSchema) } } },
    (req) => service.listHistory(req.ctx, req.params.id, req.query),
  );
  app.post(
    '/segments/:id/members',
    {
      config: { access: 'write' },
      schema: {
        tags,
        summary: 'Add contacts to a static list by id, email or external id',
        params: idParamSchema,
        body: addListMembersSchema,
        response: { 200: z.object({ added: z.number(), alreadyMembers: z.number(), notFound: z.array(z.object({ value: z.string(), reason: z.string() })) }) },
      },
    },
    (req) => lists.addListMembers(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/segments/:id/members/remove',
    { config: { access: 'write' }, schema: { tags, summary: 'Take contacts off a static list', params: idParamSchema, body: removeListMembersSchema, response: { 200: z.object({ removed: z.number() }) } } },
    (req) => lists.removeListMembers(req.ctx, req.params.id, req.body.contactIds),
  );
  app.post(
    '/segments/:id/snapshot',
    { config: { access: 'write' }, schema: { tags, summary: "A static list of the segment's members as they are now", params: idParamSchema, body: snapshotSegmentSchema, response: { 201: segmentSchema } } },
    async (req, reply) => reply.status(201).send(await lists.snapshotSegment(req.ctx, req.params.id, req.body.name)),
  );
  app.get(
    '/segments/:id/export',
    {
      config: { access: 'read' },
      schema: { tags, summary: 'Members as CSV; hashed=true gives SHA-256 of emails and phones for ad audiences', params: idParamSchema, querystring: exportQuery },
    },
    async (req, reply) => {
      const seg = await service.getSegment(req.ctx, req.params.id);
      const pages = allPages((cursor) => lists.exportPage(req.ctx, req.params.id, cursor));
      const hashed = req.query.hashed === 'true';
      const stream = hashed
        ? toCsvStream(pages, [
            { header: 'email_sha256', value: (r: lists.ExportRow) => lists.hashEmail(r.email) },
            { header: 'phone_sha256', value: (r: lists.ExportRow) => lists.hashPhone(r.phone) },
          ])
        : toCsvStream(pages, [
            { header: 'id', value: (r: lists.ExportRow) => r.contactId },
            { header: 'name', value: (r: lists.ExportRow) => r.displayName },
            { header: 'email', value: (r: lists.ExportRow) => r.email },
            { header: 'phone', value: (r: lists.ExportRow) => r.phone },
            { header: 'entered_at', value: (r: lists.ExportRow) => r.enteredAt },
          ]);
      const slug = seg.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'segment';
      return sendCsv(reply, hashed ? `${slug}-hashed` : slug, stream);
    },
  );
};
