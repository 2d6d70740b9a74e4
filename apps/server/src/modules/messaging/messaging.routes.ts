import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  contentPreviewInputSchema,
  idParamSchema,
  listMessageTemplatesQuerySchema,
  messageTemplateInputSchema,
  messageTemplatePatchSchema,
  messageTemplateSchema,
  messageTemplateVersionSchema,
  pageOf,
  renderedMessageSchema,
  outboxMessageSchema,
  pageQuerySchema,
  templatePreviewInputSchema,
  testSendInputSchema,
  testSendResultSchema,
} from '@rapport/contracts';
import { getOutboxMessage, listOutbox, type Mailer } from './messaging.mail.js';
import * as templates from './messaging.templates.js';

const tags = ['messaging'];

export interface MessagingRoutesOptions {
  mailer: Mailer;
}

export const messagingRoutes: FastifyPluginAsyncZod<MessagingRoutesOptions> = async (app, { mailer }) => {
  app.get(
    '/message-templates',
    { config: { access: 'read' }, schema: { tags, summary: 'Message templates, newest first', querystring: listMessageTemplatesQuerySchema, response: { 200: pageOf(messageTemplateSchema) } } },
    (req) => templates.listTemplates(req.ctx, req.query),
  );
  app.post(
    '/message-templates',
    {
      config: { access: 'write' },
      schema: { tags, summary: 'Create a template; its Liquid, MJML and JSON are checked first', body: messageTemplateInputSchema, response: { 201: messageTemplateSchema } },
    },
    async (req, reply) => reply.status(201).send(await templates.createTemplate(req.ctx, req.body)),
  );
  app.post(
    '/message-templates/preview',
    {
      config: { access: 'read' },
      schema: { tags, summary: 'Render unsaved content as a contact would get it', body: contentPreviewInputSchema, response: { 200: renderedMessageSchema } },
    },
    (req) => templates.previewContent(req.ctx, req.body),
  );
  app.get(
    '/message-templates/:id',
    { config: { access: 'read' }, schema: { tags, summary: 'A template at its current version', params: idParamSchema, response: { 200: messageTemplateSchema } } },
    (req) => templates.getTemplate(req.ctx, req.params.id),
  );
  app.patch(
    '/message-templates/:id',
    {
      config: { access: 'write' },
      schema: { tags, summary: 'Rename, or save new content as the next version', params: idParamSchema, body: messageTemplatePatchSchema, response: { 200: messageTemplateSchema } },
    },
    (req) => templates.updateTemplate(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/message-templates/:id',
    { config: { access: 'write' }, schema: { tags, summary: 'Delete a template and its versions', params: idParamSchema, response: { 204: z.null() } } },
    async (req, reply) => {
      await templates.deleteTemplate(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/message-templates/:id/versions',
    { config: { access: 'read' }, schema: { tags, summary: 'Every saved version, newest first', params: idParamSchema, response: { 200: z.object({ data: z.array(messageTemplateVersionSchema) }) } } },
    async (req) => ({ data: await templates.listVersions(req.ctx, req.params.id) }),
  );
  app.post(
    '/message-templates/:id/preview',
    {
      config: { access: 'read' },
      schema: { tags, summary: "Render a template (or one of its versions) in a contact's locale, as they would get it", params: idParamSchema, body: templatePreviewInputSchema, response: { 200: renderedMessageSchema } },
    },
    (req) => templates.previewTemplate(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/message-templates/:id/test-send',
    {
      config: { access: 'write' },
      schema: { tags, summary: 'Send an email template, rendered as a contact, to your own address', params: idParamSchema, body: testSendInputSchema, response: { 200: testSendResultSchema } },
    },
    (req) => templates.testSend(req.ctx, req.params.id, req.body, mailer),
  );
  app.get(
    '/outbox',
    { config: { access: 'read' }, schema: { tags, summary: 'Mail kept while no SMTP server is configured, newest first', querystring: pageQuerySchema, response: { 200: pageOf(outboxMessageSchema) } } },
    (req) => listOutbox(req.ctx, req.query),
  );
  app.get(
    '/outbox/:id',
    { config: { access: 'read' }, schema: { tags, summary: 'One kept message, as it would have been sent', params: idParamSchema, response: { 200: outboxMessageSchema } } },
    (req) => getOutboxMessage(req.ctx, req.params.id),
  );
};
