export { AuditLogPanel } from './components/AuditLogPanel';
export { RecordHistory } from './components/RecordHistory';
export { auditKeys } from './api/audit-log';
