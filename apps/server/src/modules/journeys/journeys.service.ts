import { isDeepStrictEqual } from 'node:util';
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import {
  journeyInputSchema,
  journeyPatchSchema,
  type Journey,
  type JourneyDefinition,
  type JourneyVersion,
  type Page,
  type PageQuery,
} from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { withWorkspace, type Db } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { decodeCursor, isUuid, toPage } from '../../platform/pagination.js';
import { diffFields, recordAudit } from '../audit/index.js';
import { eventNamesOf, triggerKeyOf } from './journeys.graph.js';
import { journeys, journeyVersions } from './journeys.schema.js';
import { validateDefinition } from './journeys.validate.js';

type Row = typeof journeys.$inferSelect;
type Status = Row['status'];

const toJourney = (r: Row, definition: JourneyDefinition): Journey => ({
  id: r.id,
  name: r.name,
  description: r.description,
  status: r.status,
  version: r.version,
  definition,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/** A journey row and its current version's definition; `forUpdate` locks the journey. */
export async function loadJourney(tx: Db, ws: string, id: string, forUpdate = false): Promise<{ row: Row; definition: JourneyDefinition; publishedAt: Date | null }> {
  if (!isUuid(id)) throw notFound('Journey');
  const q = tx
    .select()
    .from(journeys)
    .where(and(eq(journeys.workspaceId, ws), eq(journeys.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  if (!row) throw notFound('Journey');
  const [v] = await tx
    .select({ definition: journeyVersions.definition, publishedAt: journeyVersions.publishedAt })
    .from(journeyVersions)
    .where(and(eq(journeyVersions.workspaceId, ws), eq(journeyVersions.journeyId, row.id), eq(journeyVersions.version, row.version)));
  return { row, definition: v!.definition, publishedAt: v!.publishedAt };
}

/** Creates a journey (and its first version) in the caller's transaction, as a draft; the caller has validated it. */
export async function insertJourney(tx: Db, ctx: Ctx, input: { name: string; description?: string | null | undefined; definition: JourneyDefinition }): Promise<Journey> {
  const id = uuidv7();
  const trigger = triggerKeyOf(input.definition);
  const [row] = await tx
    .insert(journeys)
    .values({ id, workspaceId: ctx.workspaceId, name: input.name, description: input.description ?? null, status: 'draft', version: 1, triggerKind: trigger.kind, triggerKey: trigger.key })
    .returning();
  await tx.insert(journeyVersions).values({ workspaceId: ctx.workspaceId, journeyId: id, version: 1, definition: input.definition, eventNames: eventNamesOf(input.definition), createdBy: ctx.actor.label });
  await recordAudit(tx, ctx, { entity: 'journey', entityId: id, action: 'create', changes: diffFields(null, { name: row!.name, status: row!.status }) });
  return toJourney(row!, input.definition);
}

export async function createJourney(ctx: Ctx, input: unknown): Promise<Journey> {
  const d = journeyInputSchema.parse(input);
  await validateDefinition(ctx, d.definition);
  return withWorkspace(ctx.db, ctx.workspaceId, (tx) => insertJourney(tx, ctx, d));
}

export async function listJourneys(ctx: Ctx, q: PageQuery & { status?: Status | undefined }): Promise<Page<Journey>> {
  const before = decodeCursor(q.cursor, isUuid);
  const rows = await withWorkspace(ctx.db, ctx.workspaceId, (tx) =>
    tx
      .select({ row: journeys, definition: journeyVersions.definition })
      .from(journeys)
      .innerJoin(journeyVersions, and(eq(journeyVersions.journeyId, journeys.id), eq(journeyVersions.version, journeys.version)))
      .where(and(eq(journeys.workspaceId, ctx.workspaceId), q.status ? eq(journeys.status, q.status) : undefined, before ? lt(journeys.id, before) : undefined))
      .orderBy(desc(journeys.id))
      .limit(q.limit + 1),
  );
  const page = toPage(rows, q.limit, (r) => r.row.id);
  return { data: page.data.map((r) => toJourney(r.row, r.definition)), nextCursor: page.nextCursor };
}

export async function getJourney(ctx: Ctx, id: string): Promise<Journey> {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const { row, definition } = await loadJourney(tx, ctx.workspaceId, id);
    return toJourney(row, definition);
  });
}

/** Whether two definitions run alike: equal but for the canvas layout (stored jsonb reorders keys; this compares by value). */
const sameFlow = (a: JourneyDefinition, b: JourneyDefinition) =>
  isDeepStrictEqual(JSON.parse(JSON.stringify({ ...a, layout: null })), JSON.parse(JSON.stringify({ ...b, layout: null })));

/**
 * Renames, or saves a new definition. Moving nodes on the canvas of a live journey changes its
 * current version in place. A version that has been live never changes: the new
 * definition becomes version n+1 (live at once if the journey is), and contacts in flight finish
 * on theirs. A version never published (a draft's) is edited in place.
 */
export async function updateJourney(ctx: Ctx, id: string, input: unknown): Promise<Journey> {
  const patch = journeyPatchSchema.parse(input);
  if (patch.definition) await validateDefinition(ctx, patch.definition);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const { row, definition, publishedAt } = await loadJourney(tx, ctx.workspaceId, id, true);
    if (row.status === 'archived') throw new AppError('conflict', 'An archived journey cannot be changed');
    let version = row.version;
    const next = patch.definition;
    if (next) {
      const values = { definition: next, eventNames: eventNamesOf(next) };
      // Where the nodes sit on the canvas is no part of what runs: moving them keeps the version.
      if (publishedAt && !sameFlow(next, definition)) {
        version = row.version + 1;
        await tx.insert(journeyVersions).values({ workspaceId: ctx.workspaceId, journeyId: row.id, version, ...values, createdBy: ctx.actor.label, publishedAt: row.status === 'live' ? new Date() : null });
      } else {
        await tx
          .update(journeyVersions)
          .set(values)
          .where(and(eq(journeyVersions.workspaceId, ctx.workspaceId), eq(journeyVersions.journeyId, row.id), eq(journeyVersions.version, row.version)));
      }
    }
    const trigger = triggerKeyOf(next ?? definition);
    const [after] = await tx
      .update(journeys)
      .set({
        name: patch.name ?? row.name,
        description: patch.description === undefined ? row.description : patch.description,
        version,
        triggerKind: trigger.kind,
        triggerKey: trigger.key,
        updatedAt: new Date(),
      })
      .where(and(eq(journeys.workspaceId, ctx.workspaceId), eq(journeys.id, row.id)))
      .returning();
    await recordAudit(tx, ctx, { entity: 'journey', entityId: row.id, action: 'update', changes: diffFields({ name: row.name, description: row.description, version: row.version }, { name: after!.name, description: after!.description, version }) });
    return toJourney(after!, next ?? definition);
  });
}

/** Moves a journey between statuses, from those allowed; the same status again is no change. */
async function setStatus(ctx: Ctx, id: string, to: Status, from: Status[], onChange?: (tx: Db, row: Row) => Promise<void>): Promise<Journey> {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const { row, definition } = await loadJourney(tx, ctx.workspaceId, id, true);
    if (row.status === to) return toJourney(row, definition);
    if (!from.includes(row.status)) throw new AppError('conflict', `A ${row.status} journey cannot become ${to}`);
    await onChange?.(tx, row);
    const [after] = await tx
      .update(journeys)
      .set({ status: to, updatedAt: new Date() })
      .where(and(eq(journeys.workspaceId, ctx.workspaceId), eq(journeys.id, row.id)))
      .returning();
    await recordAudit(tx, ctx, { entity: 'journey', entityId: row.id, action: 'update', changes: { status: { before: row.status, after: to } } });
    return toJourney(after!, definition);
  });
}

/**
 * Goes live (from draft or paused): the current version is checked again, since what it names may
 * have gone since it was saved, and is published, which freezes it.
 */
export async function publishJourney(ctx: Ctx, id: string): Promise<Journey> {
  const current = await getJourney(ctx, id);
  if (current.status !== 'live') await validateDefinition(ctx, current.definition);
  return setStatus(ctx, id, 'live', ['draft', 'paused'], async (tx, row) => {
    if (row.version !== current.version) throw new AppError('conflict', 'The journey changed while it was being published; try again');
    await tx
      .update(journeyVersions)
      .set({ publishedAt: sql`coalesce(${journeyVersions.publishedAt}, now())` })
      .where(and(eq(journeyVersions.workspaceId, ctx.workspaceId), eq(journeyVersions.journeyId, row.id), eq(journeyVersions.version, row.version)));
  });
}

/** Stops new entries; contacts in flight stay where they are until it is live again. */
export const pauseJourney = (ctx: Ctx, id: string) => setStatus(ctx, id, 'paused', ['live']);

/**
 * A draft is deleted (it never had contacts); any other journey is archived, keeping its history,
 * and its contacts in flight leave it.
 */
export async function deleteJourney(ctx: Ctx, id: string): Promise<void> {
  const current = await getJourney(ctx, id);
  if (current.status !== 'draft') {
    await setStatus(ctx, id, 'archived', ['live', 'paused'], async (tx, row) => {
      await tx.execute(sql`update journey_runs set status = 'exited', exit_reason = 'archived', ended_at = now(), due_at = null, step_id = null, claimed_until = null, claim_token = null
        where workspace_id = ${ctx.workspaceId} and journey_id = ${row.id}::uuid and status = 'active'`);
    });
    return;
  }
  await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const { row } = await loadJourney(tx, ctx.workspaceId, id, true);
    if (row.status !== 'draft') throw new AppError('conflict', 'The journey went live meanwhile; delete it again to archive it');
    await tx.delete(journeys).where(and(eq(journeys.workspaceId, ctx.workspaceId), eq(journeys.id, row.id)));
    await recordAudit(tx, ctx, { entity: 'journey', entityId: row.id, action: 'delete', changes: diffFields({ name: row.name, status: row.status }, null) });
  });
}

export async function listVersions(ctx: Ctx, id: string): Promise<JourneyVersion[]> {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const { row } = await loadJourney(tx, ctx.workspaceId, id);
    const rows = await tx
      .select()
      .from(journeyVersions)
      .where(and(eq(journeyVersions.workspaceId, ctx.workspaceId), eq(journeyVersions.journeyId, row.id)))
      .orderBy(desc(journeyVersions.version));
    return rows.map((v) => ({ version: v.version, definition: v.definition, createdBy: v.createdBy, createdAt: v.createdAt.toISOString(), publishedAt: v.publishedAt?.toISOString() ?? null }));
  });
}

/** The journey (live, for enrolment) with its current version; throws 404, or 409 unless live. */
export async function loadLive(tx: Db, ws: string, id: string): Promise<{ row: Row; definition: JourneyDefinition }> {
  const j = await loadJourney(tx, ws, id);
  if (j.row.status !== 'live') throw new AppError('conflict', `Only a live journey takes contacts; this one is ${j.row.status}`);
  return j;
}
