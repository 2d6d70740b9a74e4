import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  audienceEstimateInputSchema,
  audienceEstimateSchema,
  campaignInputSchema,
  campaignResultsSchema,
  campaignSchema,
  endTestInputSchema,
  idParamSchema,
  listCampaignsQuerySchema,
  pageOf,
} from '@rapport/contracts';
import * as campaigns from './campaigns.js';
import { campaignResults } from './campaigns.results.js';

const tags = ['campaigns'];

export const campaignRoutes: FastifyPluginAsyncZod<{ wake: () => void }> = async (app, { wake }) => {
  app.get(
    '/campaigns',
    { config: { access: 'read' }, schema: { tags, summary: 'Campaigns, newest first', querystring: listCampaignsQuerySchema, response: { 200: pageOf(campaignSchema) } } },
    (req) => campaigns.listCampaigns(req.ctx, req.query),
  );
  app.post(
    '/campaigns',
    { config: { access: 'write' }, schema: { tags, summary: 'Create a draft campaign', body: campaignInputSchema, response: { 201: campaignSchema } } },
    async (req, reply) => reply.status(201).send(await campaigns.createCampaign(req.ctx, req.body)),
  );
  app.post(
    '/campaigns/audience-estimate',
    {
      config: { access: 'read' },
      schema: { tags, summary: 'How many contacts an audience reaches now, and how many are subscribed on a channel', body: audienceEstimateInputSchema, response: { 200: audienceEstimateSchema } },
    },
    (req) => campaigns.estimateAudience(req.ctx, req.body),
  );
  app.get(
    '/campaigns/:id',
    { config: { access: 'read' }, schema: { tags, summary: 'A campaign', params: idParamSchema, response: { 200: campaignSchema } } },
    (req) => campaigns.getCampaign(req.ctx, req.params.id),
  );
  app.put(
    '/campaigns/:id',
    { config: { access: 'write' }, schema: { tags, summary: 'Edit a draft campaign', params: idParamSchema, body: campaignInputSchema, response: { 200: campaignSchema } } },
    (req) => campaigns.updateCampaign(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/campaigns/:id',
    { config: { access: 'write' }, schema: { tags, summary: 'Delete a draft campaign', params: idParamSchema, response: { 204: z.null() } } },
    async (req, reply) => {
      await campaigns.deleteCampaign(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/campaigns/:id/schedule',
    { config: { access: 'write' }, schema: { tags, summary: 'Schedule a draft: it launches at its time, with its templates frozen at their current versions', params: idParamSchema, response: { 200: campaignSchema } } },
    (req) => campaigns.scheduleCampaign(req.ctx, req.params.id, wake),
  );
  app.post(
    '/campaigns/:id/cancel',
    { config: { access: 'write' }, schema: { tags, summary: 'Stop a campaign; its messages not yet sent are skipped', params: idParamSchema, response: { 200: campaignSchema } } },
    (req) => campaigns.cancelCampaign(req.ctx, req.params.id),
  );
  app.post(
    '/campaigns/:id/end-test',
    {
      config: { access: 'write' },
      schema: { tags, summary: 'End an A/B test now: the chosen variant, or the best so far, goes to the rest', params: idParamSchema, body: endTestInputSchema, response: { 200: campaignSchema } },
    },
    (req) => campaigns.endTest(req.ctx, req.params.id, req.body, wake),
  );
  app.get(
    '/campaigns/:id/results',
    { config: { access: 'read' }, schema: { tags, summary: 'Results per variant with significance, and the lift over the holdout', params: idParamSchema, response: { 200: campaignResultsSchema } } },
    (req) => campaignResults(req.ctx, req.params.id),
  );
};
