import { and, desc, eq, lt } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { taskInputSchema, taskPatchSchema, type ListTasksQuery, type Page, type Task, type TaskInput, type TaskPatch } from '@rapport/contracts';
import type { Actor, Ctx, Via } from '../../platform/context.js';
import { insertRowsAsJson, withWorkspace, type Db } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { decodeCursor, isUuid, toPage } from '../../platform/pagination.js';
import { diffFields, recordAudit, recordAudits } from '../audit/index.js';
import { assertOwner } from '../auth/index.js';
import { assertContact } from '../contacts/index.js';
import { tasks } from './tasks.schema.js';

type Row = typeof tasks.$inferSelect;
const iso = (d: Date | null) => d?.toISOString() ?? null;

export const toTask = (r: Row): Task => ({
  id: r.id,
  contactId: r.contactId,
  title: r.title,
  dueAt: iso(r.dueAt),
  assigneeId: r.assigneeId,
  queue: r.queue,
  status: r.status,
  sourceKind: r.sourceKind,
  sourceId: r.sourceId,
  createdBy: r.createdBy,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  doneAt: iso(r.doneAt),
});

/** What the audit log keeps of a task: its fields, not its bookkeeping. */
const audited = (r: Row | null) => (r ? { title: r.title, dueAt: r.dueAt, assigneeId: r.assigneeId, queue: r.queue, status: r.status, contactId: r.contactId } : null);

export async function createTask(ctx: Ctx, input: TaskInput): Promise<Task> {
  const d = taskInputSchema.parse(input);
  await assertContact(ctx, d.contactId);
  await assertOwner(ctx, d.assigneeId, 'assigneeId');
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const [row] = await tx
      .insert(tasks)
      .values({
        id: uuidv7(),
        workspaceId: ctx.workspaceId,
        contactId: d.contactId,
        title: d.title,
        dueAt: d.dueAt ? new Date(d.dueAt) : null,
        assigneeId: d.assigneeId ?? null,
        queue: d.queue,
        sourceKind: 'manual',
        createdBy: ctx.actor.label,
      })
      .returning();
    await recordAudit(tx, ctx, { entity: 'task', entityId: row!.id, action: 'create', changes: diffFields(null, audited(row!)) });
    return toTask(row!);
  });
}

export async function listTasks(ctx: Ctx, q: ListTasksQuery): Promise<Page<Task>> {
  const before = decodeCursor(q.cursor, isUuid);
  const rows = await withWorkspace(ctx.db, ctx.workspaceId, (tx) =>
    tx
      .select()
      .from(tasks)
      .where(
        and(
          eq(tasks.workspaceId, ctx.workspaceId),
          q.contactId ? eq(tasks.contactId, q.contactId) : undefined,
          q.assigneeId ? eq(tasks.assigneeId, q.assigneeId) : undefined,
          q.status ? eq(tasks.status, q.status) : undefined,
          q.queue ? eq(tasks.queue, q.queue) : undefined,
          before ? lt(tasks.id, before) : undefined,
        ),
      )
      .orderBy(desc(tasks.id))
      .limit(q.limit + 1),
  );
  const page = toPage(rows, q.limit, (r) => r.id);
  return { data: page.data.map(toTask), nextCursor: page.nextCursor };
}

async function lockTask(tx: Db, ctx: Ctx, id: string): Promise<Row> {
  const [row] = isUuid(id)
    ? await tx
        .select()
        .from(tasks)
        .where(and(eq(tasks.workspaceId, ctx.workspaceId), eq(tasks.id, id)))
        .for('update')
    : [];
  if (!row) throw notFound('Task');
  return row;
}

/** Edits a task; marking it done stamps when, and opening it again clears that. */
export async function updateTask(ctx: Ctx, id: string, input: TaskPatch): Promise<Task> {
  const d = taskPatchSchema.parse(input);
  if (d.assigneeId) await assertOwner(ctx, d.assigneeId, 'assigneeId');
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const before = await lockTask(tx, ctx, id);
    const status = d.status ?? before.status;
    const [after] = await tx
      .update(tasks)
      .set({
        title: d.title ?? before.title,
        dueAt: d.dueAt === undefined ? before.dueAt : d.dueAt ? new Date(d.dueAt) : null,
        assigneeId: d.assigneeId === undefined ? before.assigneeId : d.assigneeId,
        queue: d.queue ?? before.queue,
        status,
        doneAt: status === 'done' ? (before.doneAt ?? new Date()) : null,
        updatedAt: new Date(),
      })
      .where(and(eq(tasks.workspaceId, ctx.workspaceId), eq(tasks.id, before.id)))
      .returning();
    await recordAudit(tx, ctx, { entity: 'task', entityId: before.id, action: 'update', changes: diffFields(audited(before), audited(after!)) });
    return toTask(after!);
  });
}

export async function deleteTask(ctx: Ctx, id: string): Promise<void> {
  await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const before = await lockTask(tx, ctx, id);
    await tx.delete(tasks).where(and(eq(tasks.workspaceId, ctx.workspaceId), eq(tasks.id, before.id)));
    await recordAudit(tx, ctx, { entity: 'task', entityId: before.id, action: 'delete', changes: diffFields(audited(before), null) });
  });
}

/** A task another module creates in its own transaction (a journey's follow-up). */
export interface NewTask {
  contactId: string;
  title: string;
  dueAt: Date | null;
  assigneeId: string | null;
  queue: Row['queue'];
  sourceKind: Row['sourceKind'];
  sourceId: string | null;
}

/**
 * Creates tasks in the caller's transaction, audited as the caller's actor. The caller has
 * checked its contacts and assignees; returns the new tasks' ids in the order given.
 */
export async function createTasksIn(tx: Db, scope: { workspaceId: string; actor: Actor; via: Via }, items: NewTask[]): Promise<string[]> {
  const rows = items.map((i) => ({ id: uuidv7(), workspaceId: scope.workspaceId, ...i, status: 'open' as const, createdBy: scope.actor.label }));
  await insertRowsAsJson(tx, tasks, rows);
  await recordAudits(
    tx,
    scope,
    rows.map((r) => ({ entity: 'task', entityId: r.id, action: 'create' as const, changes: diffFields(null, { title: r.title, dueAt: r.dueAt, assigneeId: r.assigneeId, queue: r.queue, status: r.status, contactId: r.contactId }) })),
  );
  return rows.map((r) => r.id);
}
