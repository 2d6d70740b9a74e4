import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { modelSettingsPatchSchema, modelSettingsSchema, nasldReportSchema, recomputeResultSchema, rfmReportSchema } from '@rapport/contracts';
import * as service from './models.service.js';

const tags = ['models'];

export const modelRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/models/settings',
    { config: { access: 'read' }, schema: { tags, summary: 'RFM group map, NASLD multipliers and caps, lifecycle rules', response: { 200: modelSettingsSchema } } },
    (req) => service.getModelSettings(req.ctx),
  );
  app.patch(
    '/models/settings',
    { config: { access: 'configure' }, schema: { tags, summary: 'Change the model settings; lifecycle rules are validated like segments', body: modelSettingsPatchSchema, response: { 200: modelSettingsSchema } } },
    (req) => service.updateModelSettings(req.ctx, req.body),
  );
  app.post(
    '/models/recompute',
    { config: { access: 'write' }, schema: { tags, summary: 'Recompute RFM, NASLD, lifecycle stages and every segment now', response: { 200: recomputeResultSchema } } },
    (req) => service.recomputeModels(req.ctx),
  );
  app.get(
    '/models/rfm',
    { config: { access: 'read' }, schema: { tags, summary: 'The RFM grid and groups, with contacts and revenue', response: { 200: rfmReportSchema } } },
    (req) => service.getRfmReport(req.ctx),
  );
  app.get(
    '/models/nasld',
    { config: { access: 'read' }, schema: { tags, summary: 'NASLD states with revenue, their history and recent transitions', response: { 200: nasldReportSchema } } },
    (req) => service.getNasldReport(req.ctx),
  );
};
