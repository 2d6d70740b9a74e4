import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  deliveryFeedbackBatchSchema,
  idParamSchema,
  listSendsQuerySchema,
  messageSendSchema,
  messagingSettingsInputSchema,
  messagingSettingsSchema,
  pageOf,
  sendMessageInputSchema,
  sendMessageResultSchema,
} from '@rapport/contracts';
import { AppError } from '../../platform/errors.js';
import { parseDsn, recordFeedback } from './messaging.feedback.js';
import type { MessagingRuntime } from './messaging.runtime.js';
import { getSend, listSends, sendMessage } from './messaging.sends.js';
import { requestOptIn } from './messaging.optin.js';
import { getMessagingSettings, rotateWebhookSecret, saveMessagingSettings } from './messaging.settings.js';

const tags = ['messaging'];

const feedbackResultSchema = z.object({
  recorded: z.number().int(),
  rejected: z.number().int(),
  results: z.array(z.object({ index: z.number().int(), status: z.enum(['recorded', 'rejected']), reason: z.string().optional(), sendId: z.string().nullable().optional() })),
});

export const sendRoutes: FastifyPluginAsyncZod<{ runtime: MessagingRuntime; wake: () => void }> = async (app, { runtime, wake }) => {
  app.post(
    '/messages',
    {
      config: { access: 'write' },
      schema: {
        tags,
        summary: 'Send a template to a contact; the same idempotency key is the same message',
        body: sendMessageInputSchema,
        response: { 202: sendMessageResultSchema, 200: sendMessageResultSchema },
      },
    },
    async (req, reply) => {
      const send = await sendMessage(req.ctx, req.body);
      if (!send.duplicate) wake();
      return reply.status(send.duplicate ? 200 : 202).send(send);
    },
  );
  app.get(
    '/messages',
    { config: { access: 'read' }, schema: { tags, summary: 'Messages sent, queued or skipped, newest first', querystring: listSendsQuerySchema, response: { 200: pageOf(messageSendSchema) } } },
    (req) => listSends(req.ctx, req.query),
  );
  app.get(
    '/messages/:id',
    { config: { access: 'read' }, schema: { tags, summary: 'One message: its status, the reason for a skip or failure, and its engagement', params: idParamSchema, response: { 200: messageSendSchema } } },
    (req) => getSend(req.ctx, req.params.id),
  );
  app.post(
    '/messaging/opt-in',
    {
      config: { access: 'write' },
      schema: {
        tags,
        summary: 'Double opt-in: email the contact a confirmation link; consent is recorded when they confirm',
        body: z.object({ contactId: z.string().uuid() }).strict(),
        response: { 200: z.object({ status: z.enum(['sent', 'already_subscribed']), messageId: z.string().nullable() }) },
      },
    },
    (req) => requestOptIn(req.ctx, req.body.contactId, wake),
  );
  app.get(
    '/messaging/settings',
    { config: { access: 'read' }, schema: { tags, summary: 'Sender, sending rules and channel providers (secrets are not shown)', response: { 200: messagingSettingsSchema } } },
    (req) => getMessagingSettings(req.ctx, runtime.sealer),
  );
  app.put(
    '/messaging/settings',
    {
      config: { access: 'configure' },
      schema: { tags, summary: 'Save the settings; a secret left out keeps its saved value', body: messagingSettingsInputSchema, response: { 200: messagingSettingsSchema } },
    },
    (req) => saveMessagingSettings(req.ctx, req.body, runtime.sealer),
  );
  app.post(
    '/messaging/settings/webhook-secret',
    {
      config: { access: 'configure' },
      schema: { tags, summary: 'Rotate the webhook signing secret: webhooks are signed with a new one from now on', response: { 200: messagingSettingsSchema } },
    },
    (req) => rotateWebhookSecret(req.ctx, runtime.sealer),
  );
  app.post(
    '/messaging/feedback',
    {
      config: { access: 'write' },
      schema: { tags, summary: 'Report bounces and complaints (from a mail provider’s webhook); each item gets a result', body: deliveryFeedbackBatchSchema, response: { 200: feedbackResultSchema } },
    },
    (req) => recordFeedback(req.ctx, req.body.items),
  );
  app.register(async (dsn) => {
    dsn.addContentTypeParser('message/rfc822', { parseAs: 'buffer', bodyLimit: 2 * 1024 * 1024 }, (_req, body, done) => done(null, body));
    dsn.post(
      '/messaging/dsn',
      { config: { access: 'write' }, schema: { tags, summary: 'Report a bounce as the delivery status notification mail itself (RFC 3464, message/rfc822)', response: { 200: feedbackResultSchema } } },
      async (req) => {
        if (!Buffer.isBuffer(req.body)) throw new AppError('validation_failed', 'Send the bounce message as message/rfc822');
        const items = await parseDsn(req.body);
        if (!items.length) throw new AppError('validation_failed', 'No failed recipient found: not a delivery status notification (multipart/report; report-type=delivery-status)');
        return recordFeedback(req.ctx, items);
      },
    );
  });
};
