export { customFieldRoutes } from './custom-fields.routes.js';
export { listFieldDefinitions } from './custom-fields.service.js';
export { applyCustomValues } from './custom-fields.values.js';
export { customFilterFields } from './custom-fields.filters.js';
export type { CustomFieldRow } from './custom-fields.repo.js';
