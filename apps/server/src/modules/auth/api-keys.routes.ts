import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiKeySchema, createApiKeyInputSchema, createdApiKeySchema, idParamSchema, pageOf, pageQuerySchema } from '@rapport/contracts';
import { depsOf, type AuthRoutesOptions } from './auth.plugin.js';
import * as service from './api-keys.service.js';

const tags = ['api-keys'];

export const apiKeyRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, opts) => {
  app.get(
    '/api-keys',
    {
      config: { access: 'admin' },
      schema: { tags, summary: "The workspace's API keys (never their secrets)", querystring: pageQuerySchema, response: { 200: pageOf(apiKeySchema) } },
    },
    (req) => service.listApiKeys(req.ctx, req.query),
  );
  app.post(
    '/api-keys',
    {
      config: { access: 'admin' },
      schema: { tags, summary: 'Create an API key; the secret is shown only in this response', body: createApiKeyInputSchema, response: { 201: createdApiKeySchema } },
    },
    async (req, reply) => reply.status(201).send(await service.createApiKey(opts, req.ctx, req.body)),
  );
  app.delete(
    '/api-keys/:id',
    { config: { access: 'admin' }, schema: { tags, summary: 'Revoke an API key', params: idParamSchema, response: { 204: z.null() } } },
    async (req, reply) => {
      await service.revokeApiKey(depsOf(opts, req), req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
};
