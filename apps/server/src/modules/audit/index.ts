export { auditRoutes } from './audit.routes.js';
export { auditTimelineSource, diffFields, recordAudit, recordAudits, type AuditRecord } from './audit.service.js';
