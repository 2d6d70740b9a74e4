import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { updateWorkspaceSettingsInputSchema, workspaceSettingsSchema } from '@rapport/contracts';
import * as service from './settings.service.js';

const tags = ['workspaces'];

export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/workspace/settings',
    { config: { access: 'read' }, schema: { tags, summary: "The active workspace's settings", response: { 200: workspaceSettingsSchema } } },
    (req) => service.getWorkspaceSettings(req.ctx),
  );
  app.patch(
    '/workspace/settings',
    {
      config: { access: 'admin' },
      schema: { tags, summary: "Change the active workspace's settings", body: updateWorkspaceSettingsInputSchema, response: { 200: workspaceSettingsSchema } },
    },
    (req) => service.updateWorkspaceSettings(req.ctx, req.body),
  );
};
