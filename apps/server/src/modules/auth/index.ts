import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AuthRoutesOptions } from './auth.plugin.js';
import { apiKeyRoutes } from './api-keys.routes.js';
import { memberRoutes } from './members.routes.js';
import { sessionRoutes } from './session.routes.js';
import { settingsRoutes } from './settings.routes.js';

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, opts) => {
  await app.register(sessionRoutes, opts);
  await app.register(memberRoutes, opts);
  await app.register(apiKeyRoutes, opts);
  await app.register(settingsRoutes);
};

export { createApiKey } from './api-keys.service.js';
export { findOwnerUserId, findUserByEmail, findWorkspacesByRef, listUserWorkspaces } from './auth.repo.js';
export { slugify } from './session.service.js';
export { findDefaultRegion } from './settings.service.js';
export { authCleanupJob } from './auth.jobs.js';
export { assertOwner } from './members.service.js';
export { findIdentityRules, findLifecycleStages, initWorkspaceSettings, isKnownRegion, saveIdentityRules } from './settings.service.js';
