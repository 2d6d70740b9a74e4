import { and, desc, eq, lt } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { CreateSourceInput, Source, SourceReject, UpdateSourceInput } from '@rapport/contracts';
import { createSourceInputSchema, updateSourceInputSchema } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { withWorkspace, type Db } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/pagination.js';
import { eventRejects, sources } from './events.schema.js';
import { forgetWriteKey, newWriteKey } from './sources.repo.js';

type SourceRow = typeof sources.$inferSelect;

const toSource = (r: SourceRow): Source => ({
  id: r.id,
  name: r.name,
  kind: r.kind as Source['kind'],
  writeKey: r.writeKey,
  isEnabled: r.disabledAt === null,
  lastEventAt: r.lastEventAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});

async function findSource(tx: Db, workspaceId: string, id: string): Promise<SourceRow> {
  if (!isUuid(id)) throw notFound('Source');
  const [row] = await tx.select().from(sources).where(and(eq(sources.workspaceId, workspaceId), eq(sources.id, id)));
  if (!row) throw notFound('Source');
  return row;
}

export function listSources(ctx: Ctx): Promise<Source[]> {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) =>
    (await tx.select().from(sources).where(eq(sources.workspaceId, ctx.workspaceId)).orderBy(sources.id)).map(toSource),
  );
}

export function createSource(ctx: Ctx, input: CreateSourceInput): Promise<Source> {
  const data = createSourceInputSchema.parse(input);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const [row] = await tx
      .insert(sources)
      .values({ id: uuidv7(), workspaceId: ctx.workspaceId, name: data.name, kind: data.kind, writeKey: newWriteKey() })
      .returning();
    return toSource(row!);
  });
}

export function updateSource(ctx: Ctx, id: string, input: UpdateSourceInput): Promise<Source> {
  const data = updateSourceInputSchema.parse(input);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const before = await findSource(tx, ctx.workspaceId, id);
    const [row] = await tx
      .update(sources)
      .set({
        ...(data.name !== undefined ? { name: data.name } : {}),
        ...(data.isEnabled !== undefined ? { disabledAt: data.isEnabled ? null : (before.disabledAt ?? new Date()) } : {}),
      })
      .where(and(eq(sources.workspaceId, ctx.workspaceId), eq(sources.id, id)))
      .returning();
    forgetWriteKey(before.writeKey);
    return toSource(row!);
  });
}

/** A new write key; the old one stops working at once here, and within seconds in other processes. */
export function rotateWriteKey(ctx: Ctx, id: string): Promise<Source> {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const before = await findSource(tx, ctx.workspaceId, id);
    const [row] = await tx
      .update(sources)
      .set({ writeKey: newWriteKey() })
      .where(and(eq(sources.workspaceId, ctx.workspaceId), eq(sources.id, id)))
      .returning();
    forgetWriteKey(before.writeKey);
    return toSource(row!);
  });
}

/** The events a source's calls refused lately (the log keeps 7 days), newest first. */
export function listSourceRejects(ctx: Ctx, id: string, q: { limit: number; before?: string | undefined }): Promise<SourceReject[]> {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    await findSource(tx, ctx.workspaceId, id);
    const rows = await tx
      .select()
      .from(eventRejects)
      .where(and(eq(eventRejects.workspaceId, ctx.workspaceId), eq(eventRejects.sourceId, id), q.before && isUuid(q.before) ? lt(eventRejects.id, q.before) : undefined))
      .orderBy(desc(eventRejects.id))
      .limit(q.limit);
    return rows.map((r) => ({
      id: r.id,
      sourceId: r.sourceId,
      receivedAt: r.receivedAt.toISOString(),
      index: r.index,
      messageId: r.messageId,
      reason: r.reason,
      payload: r.payload,
      outcome: r.outcome as SourceReject['outcome'],
    }));
  });
}
