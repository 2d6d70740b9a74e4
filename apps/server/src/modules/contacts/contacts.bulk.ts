import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { BulkActionInput, BulkOperation } from '@rapport/contracts';
import { bulkActionInputSchema, maxBulkSelection } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { withWorkspace, type Db } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/pagination.js';
import { recordAudits, type AuditRecord } from '../audit/index.js';
import { assertOwner, findLifecycleStages } from '../auth/index.js';
import * as repo from './contacts.repo.js';
import type { ContactRow } from './contacts.repo.js';
import { bulkOperations } from './contacts.schema.js';
import { contactConditions } from './contacts.service.js';

type Action = BulkOperation['action'];
type OperationRow = typeof bulkOperations.$inferSelect;

const toOperation = (r: OperationRow): BulkOperation => ({
  id: r.id,
  action: r.action as Action,
  affected: r.affected,
  status: r.status,
  createdAt: r.createdAt.toISOString(),
  undoneAt: r.undoneAt?.toISOString() ?? null,
});

/** The columns an action writes, and their new value for one contact. */
function nextValues(action: Action, row: ContactRow, input: ReturnType<typeof bulkActionInputSchema.parse>): Partial<ContactRow> | null {
  switch (action) {
    case 'tag': {
      const tags = [...new Set([...row.tags, ...input.tags!])];
      return tags.length === row.tags.length ? null : { tags };
    }
    case 'untag': {
      const tags = row.tags.filter((t) => !input.tags!.includes(t));
      return tags.length === row.tags.length ? null : { tags };
    }
    case 'set_owner':
      return row.ownerId === (input.ownerId ?? null) ? null : { ownerId: input.ownerId ?? null };
    case 'set_lifecycle_stage':
      return row.lifecycleStage === (input.lifecycleStage ?? null) ? null : { lifecycleStage: input.lifecycleStage ?? null };
    case 'delete':
      return { deletedAt: new Date() };
  }
}

async function selectedIds(tx: Db, ctx: Ctx, input: ReturnType<typeof bulkActionInputSchema.parse>): Promise<string[]> {
  if (input.ids) return input.ids;
  const { where } = await contactConditions(tx, ctx.workspaceId, { q: input.selection?.q, filter: input.selection?.filter ?? null });
  const rows = await repo.selectContactIds(tx, ctx.workspaceId, where, maxBulkSelection);
  if (rows.length > maxBulkSelection) {
    throw new AppError('validation_failed', `The selection holds more than ${maxBulkSelection} contacts; narrow the filter`, {
      errors: [{ path: 'selection', message: `At most ${maxBulkSelection} contacts per bulk action` }],
    });
  }
  return rows.map((r) => r.id);
}

/**
 * Tags, untags, sets owner or stage, or deletes many contacts in one transaction, keeping what it
 * overwrote per contact so the whole action can be undone. Every change is in the audit log.
 */
export async function runBulkAction(ctx: Ctx, input: BulkActionInput): Promise<BulkOperation> {
  const data = bulkActionInputSchema.parse(input);
  if (data.action === 'set_owner') await assertOwner(ctx, data.ownerId);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    if (data.action === 'set_lifecycle_stage' && data.lifecycleStage) {
      const stages = await findLifecycleStages(tx, ctx.workspaceId);
      if (!stages.some((s) => s.key === data.lifecycleStage)) {
        throw new AppError('validation_failed', 'Not one of the lifecycle stages', { errors: [{ path: 'lifecycleStage', message: 'Unknown stage' }] });
      }
    }
    const ids = await selectedIds(tx, ctx, data);
    const undo: Record<string, Record<string, unknown>> = {};
    const audits: AuditRecord[] = [];
    for (let i = 0; i < ids.length; i += 1000) {
      for (const row of await repo.findContactsByIds(tx, ctx.workspaceId, ids.slice(i, i + 1000), { forUpdate: true })) {
        const next = nextValues(data.action, row, data);
        if (!next) continue;
        const before = Object.fromEntries(Object.keys(next).map((k) => [k, (row as Record<string, unknown>)[k]]));
        undo[row.id] = before;
        await repo.updateContact(tx, ctx.workspaceId, row.id, next);
        const changes = data.action === 'delete' ? {} : Object.fromEntries(Object.entries(next).map(([k, v]) => [k, { before: before[k], after: v }]));
        audits.push({ entity: 'contact', entityId: row.id, action: data.action === 'delete' ? 'delete' : 'update', changes });
      }
    }
    await recordAudits(tx, ctx, audits);
    const [op] = await tx
      .insert(bulkOperations)
      .values({
        id: uuidv7(),
        workspaceId: ctx.workspaceId,
        entity: 'contact',
        action: data.action,
        params: { tags: data.tags, ownerId: data.ownerId, lifecycleStage: data.lifecycleStage },
        affected: Object.keys(undo).length,
        undo,
        status: 'done',
        actorLabel: ctx.actor.label,
      })
      .returning();
    return toOperation(op!);
  });
}

/** Puts back, per contact, the values the action overwrote; deleted contacts come back. */
export async function undoBulkAction(ctx: Ctx, id: string): Promise<BulkOperation> {
  if (!isUuid(id)) throw notFound('Bulk operation');
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const [op] = await tx
      .select()
      .from(bulkOperations)
      .where(and(eq(bulkOperations.workspaceId, ctx.workspaceId), eq(bulkOperations.id, id)))
      .for('update');
    if (!op) throw notFound('Bulk operation');
    if (op.status === 'undone') throw new AppError('conflict', 'This bulk action was already undone');
    const audits: AuditRecord[] = [];
    const isDelete = op.action === 'delete';
    for (const [contactId, before] of Object.entries(op.undo)) {
      const current = await repo.findContact(tx, ctx.workspaceId, contactId, { forUpdate: true, includeDeleted: true });
      // Gone for good, or deleted again since a non-delete action: nothing to put back.
      if (!current || (isDelete ? !current.deletedAt : current.deletedAt)) continue;
      const restore: Partial<ContactRow> = isDelete ? { deletedAt: null } : (before as Partial<ContactRow>);
      await repo.updateContact(tx, ctx.workspaceId, contactId, restore);
      const changes = isDelete ? {} : Object.fromEntries(Object.entries(before).map(([k, v]) => [k, { before: (current as Record<string, unknown>)[k], after: v }]));
      audits.push({ entity: 'contact', entityId: contactId, action: isDelete ? 'create' : 'update', changes });
    }
    await recordAudits(tx, ctx, audits);
    const [done] = await tx
      .update(bulkOperations)
      .set({ status: 'undone', undoneAt: new Date() })
      .where(and(eq(bulkOperations.workspaceId, ctx.workspaceId), eq(bulkOperations.id, id)))
      .returning();
    return toOperation(done!);
  });
}
