import { and, desc, eq, lt } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Note, NoteInput, Page } from '@rapport/contracts';
import { noteInputSchema } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { withWorkspace, type Db } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { decodeCursor, isUuid, toPage } from '../../platform/pagination.js';
import { beforeKey, microsOf, type TimelineRef, type TimelineSource } from '../../platform/timeline.js';
import { sanitizeNote } from './notes.sanitize.js';
import { notes } from './notes.schema.js';

type NoteRow = typeof notes.$inferSelect;

const toNote = (r: NoteRow): Note => ({
  id: r.id,
  entity: r.entity,
  entityId: r.entityId,
  body: r.body,
  authorId: r.authorId,
  authorLabel: r.authorLabel,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

function cleanBody(input: NoteInput): string {
  const body = sanitizeNote(noteInputSchema.parse(input).body);
  if (!body.replace(/<[^>]*>/g, '').trim()) {
    throw new AppError('validation_failed', 'A note cannot be empty', { errors: [{ path: 'body', message: 'Nothing left after removing unsafe markup' }] });
  }
  return body;
}

export async function createNote(ctx: Ctx, ref: TimelineRef, input: NoteInput): Promise<Note> {
  const body = cleanBody(input);
  const [row] = await withWorkspace(ctx.db, ctx.workspaceId, (tx) =>
    tx
      .insert(notes)
      .values({ id: uuidv7(), workspaceId: ctx.workspaceId, entity: ref.entity, entityId: ref.id, body, authorId: ctx.actor.id, authorLabel: ctx.actor.label })
      .returning(),
  );
  return toNote(row!);
}

export async function listNotes(ctx: Ctx, ref: TimelineRef, q: { limit: number; cursor?: string | undefined }): Promise<Page<Note>> {
  const beforeId = decodeCursor(q.cursor, isUuid);
  const rows = await withWorkspace(ctx.db, ctx.workspaceId, (tx) =>
    tx
      .select()
      .from(notes)
      .where(and(eq(notes.workspaceId, ctx.workspaceId), eq(notes.entity, ref.entity), eq(notes.entityId, ref.id), beforeId ? lt(notes.id, beforeId) : undefined))
      .orderBy(desc(notes.id))
      .limit(q.limit + 1),
  );
  const page = toPage(rows, q.limit, (r) => r.id);
  return { data: page.data.map(toNote), nextCursor: page.nextCursor };
}

/** Only the author edits or deletes a note; admins may delete any (moderation). */
async function ownNote(ctx: Ctx, id: string, forDelete: boolean) {
  if (!isUuid(id)) throw notFound('Note');
  return async (tx: Parameters<Parameters<typeof withWorkspace>[2]>[0]) => {
    const [row] = await tx.select().from(notes).where(and(eq(notes.workspaceId, ctx.workspaceId), eq(notes.id, id))).for('update');
    if (!row) throw notFound('Note');
    const isAdmin = ctx.role === 'owner' || ctx.role === 'admin';
    if (row.authorId !== ctx.actor.id && !(forDelete && isAdmin)) throw new AppError('forbidden', 'Only its author can change this note');
    return row;
  };
}

export async function updateNote(ctx: Ctx, id: string, input: NoteInput): Promise<Note> {
  const body = cleanBody(input);
  const load = await ownNote(ctx, id, false);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    await load(tx);
    const [row] = await tx.update(notes).set({ body, updatedAt: new Date() }).where(and(eq(notes.workspaceId, ctx.workspaceId), eq(notes.id, id))).returning();
    return toNote(row!);
  });
}

export async function deleteNote(ctx: Ctx, id: string): Promise<void> {
  const load = await ownNote(ctx, id, true);
  await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    await load(tx);
    await tx.delete(notes).where(and(eq(notes.workspaceId, ctx.workspaceId), eq(notes.id, id)));
  });
}

export const noteTimelineSource: TimelineSource = {
  kind: 'note',
  entities: ['contact', 'company'],
  fetch: async (tx, workspaceId, ref, before, limit) => {
    const rows = await tx
      .select({ row: notes, us: microsOf(notes.createdAt) })
      .from(notes)
      .where(and(eq(notes.workspaceId, workspaceId), eq(notes.entity, ref.entity), eq(notes.entityId, ref.id), beforeKey('note', notes.createdAt, notes.id, before)))
      .orderBy(desc(notes.createdAt), desc(notes.id))
      .limit(limit);
    return rows.map(({ row, us }) => ({
      id: `note:${row.id}`,
      kind: 'note',
      us: BigInt(us),
      actorLabel: row.authorLabel,
      data: { noteId: row.id, body: row.body, authorId: row.authorId, updatedAt: row.updatedAt.toISOString() },
    }));
  },
};

/** A note written by another module in its own transaction (an import's "note" column). */
export async function addNote(tx: Db, ctx: Ctx, ref: TimelineRef, text: string): Promise<void> {
  const body = sanitizeNote(text);
  if (!body) return;
  await tx.insert(notes).values({ id: uuidv7(), workspaceId: ctx.workspaceId, entity: ref.entity, entityId: ref.id, body, authorId: ctx.actor.id, authorLabel: ctx.actor.label });
}
