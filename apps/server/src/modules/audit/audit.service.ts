import { v7 as uuidv7 } from 'uuid';
import type { AuditEntry, ListAuditQuery, Page } from '@rapport/contracts';
import type { Actor, Ctx, Via } from '../../platform/context.js';
import { withWorkspace, type Db } from '../../platform/db.js';
import { decodeCursor, isUuid, toPage } from '../../platform/pagination.js';
import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { beforeKey, microsOf, type TimelineSource } from '../../platform/timeline.js';
import { insertAudits, listAudit, type AuditRow } from './audit.repo.js';
import { auditLog } from './audit.schema.js';

type Changes = Record<string, { before: unknown; after: unknown }>;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Absent, empty text and empty lists all mean "no value": a change between them is no change. */
const isEmpty = (v: unknown) =>
  v === null || v === '' || (Array.isArray(v) ? v.length === 0 : typeof v === 'object' && !(v instanceof Date) && Object.keys(v).length === 0);

/** The fields that differ between two versions of a record; either side may be absent (create, delete). */
export function diffFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null, ignore: string[] = []): Changes {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Changes = {};
  for (const k of keys) {
    if (ignore.includes(k)) continue;
    const b = before?.[k] ?? null;
    const a = after?.[k] ?? null;
    if (!same(a, b) && !(isEmpty(a) && isEmpty(b))) changes[k] = { before: b instanceof Date ? b.toISOString() : b, after: a instanceof Date ? a.toISOString() : a };
  }
  return changes;
}

export interface AuditRecord {
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  changes: Changes;
}

interface AuditScope {
  workspaceId: string;
  actor: Actor;
  via: Via;
}

/**
 * Records one change. Call it with the transaction that makes the change, so the entry and the
 * change commit or roll back together.
 */
export async function recordAudit(tx: Db, scope: AuditScope, rec: AuditRecord): Promise<void> {
  await recordAudits(tx, scope, [rec]);
}

/** Records many changes in one statement (bulk actions, imports); same rules as recordAudit. */
export async function recordAudits(tx: Db, scope: AuditScope, recs: AuditRecord[]): Promise<void> {
  const rows = recs
    .filter((rec) => rec.action !== 'update' || Object.keys(rec.changes).length > 0)
    .map((rec) => ({
      id: uuidv7(),
      workspaceId: scope.workspaceId,
      actorType: scope.actor.type,
      actorId: scope.actor.id,
      actorLabel: scope.actor.label,
      via: scope.via,
      ...rec,
    }));
  for (let i = 0; i < rows.length; i += 1000) await insertAudits(tx, rows.slice(i, i + 1000));
}

function toEntry(r: AuditRow): AuditEntry {
  return {
    id: r.id,
    actorType: r.actorType,
    actorId: r.actorId,
    actorLabel: r.actorLabel,
    entity: r.entity,
    entityId: r.entityId,
    action: r.action,
    changes: r.changes,
    via: r.via,
    createdAt: r.createdAt.toISOString(),
  };
}

export async function listAuditEntries(ctx: Ctx, q: ListAuditQuery & { limit: number }): Promise<Page<AuditEntry>> {
  const afterId = decodeCursor(q.cursor, isUuid);
  const rows = await withWorkspace(ctx.db, ctx.workspaceId, (tx) =>
    listAudit(tx, ctx.workspaceId, { entity: q.entity, entityId: q.entityId, afterId, limit: q.limit }),
  );
  const page = toPage(rows, q.limit, (r) => r.id);
  return { data: page.data.map(toEntry), nextCursor: page.nextCursor };
}

/** Field changes of contacts and companies, from this log, as timeline entries. */
export const auditTimelineSource: TimelineSource = {
  kind: 'field_change',
  entities: ['contact', 'company'],
  fetch: async (tx, workspaceId, ref, before, limit) => {
    const rows = await tx
      .select({ row: auditLog, us: microsOf(auditLog.createdAt) })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.workspaceId, workspaceId),
          eq(auditLog.entity, ref.entity),
          ref.absorbed?.length
            ? // The absorbed records' own history, less the bookkeeping of their merge (the merge entry tells it).
              or(eq(auditLog.entityId, ref.id), and(inArray(auditLog.entityId, ref.absorbed), sql`not (${auditLog.changes} ? 'mergedInto')`))
            : eq(auditLog.entityId, ref.id),
          beforeKey('field_change', auditLog.createdAt, auditLog.id, before),
        ),
      )
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(limit);
    return rows.map(({ row, us }) => ({
      id: `field_change:${row.id}`,
      kind: 'field_change',
      us: BigInt(us),
      actorLabel: row.actorLabel,
      data: { action: row.action, changes: row.changes, via: row.via, ...(row.entityId !== ref.id ? { mergedRecordId: row.entityId } : {}) },
    }));
  },
};
