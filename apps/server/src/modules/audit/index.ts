export { auditRoutes } from './audit.routes.js';
export { diffFields, recordAudit, type AuditRecord } from './audit.service.js';
