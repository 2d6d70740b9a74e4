import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  enrolInputSchema,
  enrolResultSchema,
  idParamSchema,
  journeyInputSchema,
  journeyPatchSchema,
  journeyRecipeInputSchema,
  journeyRecipeSchema,
  journeyRunSchema,
  journeySchema,
  journeyStatsQuerySchema,
  journeyStatsSchema,
  journeyVersionSchema,
  listJourneyRunsQuerySchema,
  listJourneysQuerySchema,
  pageOf,
} from '@rapport/contracts';
import { createFromRecipe, listRecipes } from './journeys.recipes.js';
import { enrol, journeyStats, listRuns } from './journeys.runs.js';
import * as service from './journeys.service.js';

const tags = ['journeys'];

export interface JourneyRoutesOptions {
  /** Tells the journey worker that contacts entered, so it need not wait for its next poll. */
  wake: () => void;
}

/** Journeys (CRUD, versions, statuses, enrolment, runs, stats) and the recipes that make them. */
export const journeyRoutes: FastifyPluginAsyncZod<JourneyRoutesOptions> = async (app, { wake }) => {
  app.get(
    '/journeys',
    { config: { access: 'read' }, schema: { tags, summary: 'Journeys, newest first', querystring: listJourneysQuerySchema, response: { 200: pageOf(journeySchema) } } },
    (req) => service.listJourneys(req.ctx, req.query),
  );
  app.post(
    '/journeys',
    { config: { access: 'write' }, schema: { tags, summary: 'Create a journey (a draft); the definition is checked as a whole', body: journeyInputSchema, response: { 201: journeySchema } } },
    async (req, reply) => reply.status(201).send(await service.createJourney(req.ctx, req.body)),
  );
  app.get(
    '/journeys/:id',
    { config: { access: 'read' }, schema: { tags, summary: 'A journey with its current version', params: idParamSchema, response: { 200: journeySchema } } },
    (req) => service.getJourney(req.ctx, req.params.id),
  );
  app.patch(
    '/journeys/:id',
    {
      config: { access: 'write' },
      schema: { tags, summary: 'Rename or edit; editing a journey that has been live makes a new version', params: idParamSchema, body: journeyPatchSchema, response: { 200: journeySchema } },
    },
    (req) => service.updateJourney(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/journeys/:id',
    { config: { access: 'write' }, schema: { tags, summary: 'Delete a draft; archive any other journey (its contacts leave it)', params: idParamSchema, response: { 204: z.null() } } },
    async (req, reply) => {
      await service.deleteJourney(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/journeys/:id/versions',
    { config: { access: 'read' }, schema: { tags, summary: 'Every version, newest first', params: idParamSchema, response: { 200: z.array(journeyVersionSchema) } } },
    (req) => service.listVersions(req.ctx, req.params.id),
  );
  app.post(
    '/journeys/:id/publish',
    { config: { access: 'write' }, schema: { tags, summary: 'Go live (from draft or paused); contacts enter the current version', params: idParamSchema, response: { 200: journeySchema } } },
    (req) => service.publishJourney(req.ctx, req.params.id),
  );
  app.post(
    '/journeys/:id/pause',
    { config: { access: 'write' }, schema: { tags, summary: 'Pause: no one enters, and contacts in flight wait where they are', params: idParamSchema, response: { 200: journeySchema } } },
    (req) => service.pauseJourney(req.ctx, req.params.id),
  );
  app.post(
    '/journeys/:id/enrol',
    { config: { access: 'write' }, schema: { tags, summary: 'Enrol contacts in a live journey; a result per contact', params: idParamSchema, body: enrolInputSchema, response: { 200: enrolResultSchema } } },
    async (req) => {
      const result = await enrol(req.ctx, req.params.id, req.body);
      if (result.enrolled) wake();
      return result;
    },
  );
  app.get(
    '/journeys/:id/runs',
    { config: { access: 'read' }, schema: { tags, summary: 'Contacts in or through the journey, newest first', params: idParamSchema, querystring: listJourneyRunsQuerySchema, response: { 200: pageOf(journeyRunSchema) } } },
    (req) => listRuns(req.ctx, req.params.id, req.query),
  );
  app.get(
    '/journeys/:id/stats',
    { config: { access: 'read' }, schema: { tags, summary: "A version's funnel, per step (the current version by default)", params: idParamSchema, querystring: journeyStatsQuerySchema, response: { 200: journeyStatsSchema } } },
    (req) => journeyStats(req.ctx, req.params.id, req.query),
  );
  app.get(
    '/journey-recipes',
    { config: { access: 'read' }, schema: { tags, summary: 'Ready-made journeys', response: { 200: z.array(journeyRecipeSchema) } } },
    () => listRecipes(),
  );
  app.post(
    '/journey-recipes/:key',
    {
      config: { access: 'write' },
      schema: { tags, summary: 'Create a draft journey, and the templates it sends, from a recipe', params: z.object({ key: z.string().min(1).max(64) }), body: journeyRecipeInputSchema, response: { 201: journeySchema } },
    },
    async (req, reply) => reply.status(201).send(await createFromRecipe(req.ctx, req.params.key, req.body)),
  );
};
