export { messagingRoutes } from './messaging.routes.js';
export { checkContent, renderContent, type TemplateContext } from './messaging.render.js';
