export { messagingRoutes } from './messaging.routes.js';
export { createMailer, type Mailer } from './messaging.mail.js';
export { checkContent, renderContent, type TemplateContext } from './messaging.render.js';
