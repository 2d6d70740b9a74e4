import { and, desc, eq, lt } from 'drizzle-orm';
import { insertRowsAsJson, type Db } from '../../platform/db.js';
import { auditLog } from './audit.schema.js';

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAuditRow = typeof auditLog.$inferInsert;

export function insertAudits(db: Db, rows: NewAuditRow[]): Promise<void> {
  return insertRowsAsJson(db, auditLog, rows);
}

export interface AuditFilter {
  entity?: string | undefined;
  entityId?: string | undefined;
  afterId?: string | undefined;
  limit: number;
}

export function listAudit(db: Db, workspaceId: string, f: AuditFilter): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.workspaceId, workspaceId),
        f.entity ? eq(auditLog.entity, f.entity) : undefined,
        f.entityId ? eq(auditLog.entityId, f.entityId) : undefined,
        f.afterId ? lt(auditLog.id, f.afterId) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(f.limit + 1);
}
