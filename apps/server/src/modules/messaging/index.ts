export { checkContent, renderContent, type TemplateContext } from './messaging.render.js';
