import { and, asc, eq, or } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { SavedView, SavedViewInput, UpdateSavedViewInput } from '@rapport/contracts';
import { savedViewInputSchema, updateSavedViewInputSchema } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { assertKnownColumns } from '../../platform/csv-export.js';
import { withWorkspace } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { compileFilter, type FilterField } from '../../platform/filters.js';
import { isUuid } from '../../platform/pagination.js';
import { findOwnerUserId } from '../auth/index.js';
import { savedViews } from './views.schema.js';

type ViewRow = typeof savedViews.$inferSelect;
type Entity = ViewRow['entity'];
export type FieldsFor = (ctx: Ctx, entity: Entity) => Promise<ReadonlyMap<string, FilterField>>;

const toView = (r: ViewRow): SavedView => ({
  id: r.id,
  entity: r.entity,
  name: r.name,
  visibility: r.visibility,
  ownerId: r.ownerId,
  layout: r.layout,
  q: r.q,
  filter: r.filter,
  sort: r.sort,
  columns: r.columns,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/** A view must name real fields: its filter compiles, its sort and columns exist. */
async function validate(ctx: Ctx, fieldsFor: FieldsFor, entity: Entity, v: Partial<Pick<SavedView, 'filter' | 'sort' | 'columns'>>) {
  const fields = await fieldsFor(ctx, entity);
  if (v.filter) compileFilter(v.filter, fields);
  if (v.sort && !fields.get(v.sort.field)?.isSortable) {
    throw new AppError('validation_failed', `Cannot sort by ${v.sort.field}`, { errors: [{ path: 'sort.field', message: 'Not a sortable field' }] });
  }
  if (v.columns) assertKnownColumns(v.columns, fields);
}

/** Who owns a view: the signed-in user, or for an API key the workspace's owner. */
async function ownerOf(ctx: Ctx): Promise<string> {
  if (ctx.actor.type === 'user' && ctx.actor.id) return ctx.actor.id;
  const owner = await findOwnerUserId(ctx.db, ctx.workspaceId);
  if (!owner) throw new AppError('conflict', 'The workspace has no owner to own this view');
  return owner;
}

const visibleTo = (userId: string | null) => or(eq(savedViews.visibility, 'shared'), userId ? eq(savedViews.ownerId, userId) : undefined);

export async function listViews(ctx: Ctx, entity: Entity | undefined): Promise<SavedView[]> {
  const userId = ctx.actor.type === 'user' ? ctx.actor.id : null;
  const rows = await withWorkspace(ctx.db, ctx.workspaceId, (tx) =>
    tx
      .select()
      .from(savedViews)
      .where(and(eq(savedViews.workspaceId, ctx.workspaceId), entity ? eq(savedViews.entity, entity) : undefined, visibleTo(userId)))
      .orderBy(asc(savedViews.name)),
  );
  return rows.map(toView);
}

export async function createView(ctx: Ctx, fieldsFor: FieldsFor, input: SavedViewInput): Promise<SavedView> {
  const data = savedViewInputSchema.parse(input);
  await validate(ctx, fieldsFor, data.entity, data);
  const ownerId = await ownerOf(ctx);
  const [row] = await withWorkspace(ctx.db, ctx.workspaceId, (tx) =>
    tx
      .insert(savedViews)
      .values({ id: uuidv7(), workspaceId: ctx.workspaceId, ownerId, ...data, q: data.q ?? null, filter: data.filter ?? null, sort: data.sort ?? null })
      .returning(),
  );
  return toView(row!);
}

/** Its owner changes a view; a shared view may also be changed by managers and above. */
async function loadEditable(ctx: Ctx, id: string): Promise<ViewRow> {
  if (!isUuid(id)) throw notFound('View');
  const userId = ctx.actor.type === 'user' ? ctx.actor.id : null;
  const [row] = await withWorkspace(ctx.db, ctx.workspaceId, (tx) =>
    tx.select().from(savedViews).where(and(eq(savedViews.workspaceId, ctx.workspaceId), eq(savedViews.id, id), visibleTo(userId))),
  );
  if (!row) throw notFound('View');
  const isManager = ctx.role === 'owner' || ctx.role === 'admin' || ctx.role === 'manager' || ctx.actor.type === 'api_key';
  if (row.ownerId !== userId && !(row.visibility === 'shared' && isManager)) throw new AppError('forbidden', "Only its owner can change this view");
  return row;
}

export async function updateView(ctx: Ctx, fieldsFor: FieldsFor, id: string, input: UpdateSavedViewInput): Promise<SavedView> {
  const patch = updateSavedViewInputSchema.parse(input);
  const before = await loadEditable(ctx, id);
  await validate(ctx, fieldsFor, before.entity, { filter: patch.filter ?? null, sort: patch.sort ?? null, columns: patch.columns });
  const [row] = await withWorkspace(ctx.db, ctx.workspaceId, (tx) =>
    tx
      .update(savedViews)
      .set({ ...patch, updatedAt: new Date() })
      .where(and(eq(savedViews.workspaceId, ctx.workspaceId), eq(savedViews.id, id)))
      .returning(),
  );
  return toView(row!);
}

export async function deleteView(ctx: Ctx, id: string): Promise<void> {
  await loadEditable(ctx, id);
  await withWorkspace(ctx.db, ctx.workspaceId, (tx) => tx.delete(savedViews).where(and(eq(savedViews.workspaceId, ctx.workspaceId), eq(savedViews.id, id))));
}
