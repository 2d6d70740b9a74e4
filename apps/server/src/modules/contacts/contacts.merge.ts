import { and, eq, sql, type SQL } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { ContactMerge, MergeContactsInput } from '@rapport/contracts';
import { mergeableContactFields, mergeContactsInputSchema } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { selectRows, withWorkspace, type Db } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/pagination.js';
import { diffFields, recordAudit } from '../audit/index.js';
import { auditIgnored, displayName, toContact } from './contacts.mapper.js';
import * as repo from './contacts.repo.js';
import type { ContactPatch, ContactRow } from './contacts.repo.js';
import { contactMerges } from './contacts.schema.js';
import { combineTraits } from './contacts.traits.js';

/**
 * Rows that belong to a contact and move to the survivor in a merge. Later modules (events,
 * orders, messages, tickets, deals) add their tables here, and merges and their undo carry them.
 */
const contactLinks: { table: string; column: string; where?: string | ((to: string) => SQL) }[] = [
  { table: 'contact_consent_events', column: 'contact_id' },
  { table: 'notes', column: 'entity_id', where: "entity = 'contact'" },
  { table: 'contact_identities', column: 'contact_id' },
  { table: 'events', column: 'contact_id' },
  { table: 'orders', column: 'contact_id' },
  { table: 'message_sends', column: 'contact_id' },
  { table: 'tasks', column: 'contact_id' },
  // A journey the merged contact is in goes on with the survivor, unless the survivor is in that
  // journey too (one active run per contact and journey): then the merged contact's run ends.
  {
    table: 'journey_runs',
    column: 'contact_id',
    where: (to) =>
      sql`status = 'active' and not exists (select 1 from journey_runs o where o.workspace_id = journey_runs.workspace_id and o.journey_id = journey_runs.journey_id and o.contact_id = ${to}::uuid and o.status = 'active')`,
  },
];

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
const addressKeys = ['addressCountry', 'addressCity', 'addressDistrict', 'addressPostcode', 'addressLine'] as const;

/** The survivor's columns after the merge: picked values per field, lists unioned. */
function mergedValues(survivor: ContactRow, merged: ContactRow, pick: Record<string, 'survivor' | 'merged'>): ContactPatch {
  const choose = (field: string, s: unknown, m: unknown) => (pick[field] === 'merged' ? m : pick[field] === 'survivor' ? s : isEmpty(s) ? m : s);
  const out: Record<string, unknown> = {};
  for (const f of mergeableContactFields) {
    if (f === 'address') {
      const fromMerged = pick.address === 'merged' || (pick.address !== 'survivor' && addressKeys.every((k) => isEmpty(survivor[k])));
      for (const k of addressKeys) out[k] = fromMerged ? merged[k] : survivor[k];
    } else out[f] = choose(f, survivor[f], merged[f]);
  }
  const custom: Record<string, unknown> = {};
  for (const k of new Set([...Object.keys(survivor.custom), ...Object.keys(merged.custom)])) {
    const v = choose(`custom.${k}`, survivor.custom[k], merged.custom[k]);
    if (!isEmpty(v)) custom[k] = v;
  }
  out.custom = custom;
  // Nothing is dropped: the emails and phones that aren't primary any more become other ones.
  const email = out.email as string | null;
  const phone = out.phone as string | null;
  out.emails = [...new Set([survivor.email, merged.email, ...survivor.emails, ...merged.emails])].filter((e): e is string => Boolean(e) && e !== email);
  out.phones = [...new Set([survivor.phone, merged.phone, ...survivor.phones, ...merged.phones])].filter((p): p is string => Boolean(p) && p !== phone);
  out.tags = [...new Set([...survivor.tags, ...merged.tags])];
  return out as ContactPatch;
}

const snapshot = (r: ContactRow) => JSON.parse(JSON.stringify(r)) as Record<string, unknown>;

function toMerge(r: typeof contactMerges.$inferSelect): ContactMerge {
  return {
    id: r.id,
    survivorId: r.survivorId,
    mergedId: r.mergedId,
    mergedName: r.mergedName,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    undoneAt: r.undoneAt?.toISOString() ?? null,
  };
}

async function moveLinks(tx: Db, workspaceId: string, from: string, to: string, only?: Record<string, string[]>): Promise<Record<string, string[]>> {
  const moved: Record<string, string[]> = {};
  for (const link of contactLinks) {
    const ids = only?.[link.table];
    if (only && !ids?.length) continue;
    const rows = await selectRows<{ id: string }>(
      tx,
      sql`update ${sql.identifier(link.table)} set ${sql.identifier(link.column)} = ${to}::uuid
          where workspace_id = ${workspaceId} and ${sql.identifier(link.column)} = ${from}::uuid
          ${typeof link.where === 'function' ? sql`and ${link.where(to)}` : link.where ? sql.raw(`and ${link.where}`) : sql``}
          ${ids ? sql`and id::text = any(${`{${ids.join(',')}}`}::text[])` : sql``}
          returning id::text as id`,
    );
    moved[link.table] = rows.map((r) => r.id);
  }
  return moved;
}

/**
 * Merges one contact into another: the survivor takes the picked values, the union of tags, emails
 * and phones, and every consent change, note and link of the merged contact, which is then hidden.
 * Both records are kept as they were, so the merge can be undone.
 */
export async function mergeContacts(ctx: Ctx, input: MergeContactsInput) {
  return withWorkspace(ctx.db, ctx.workspaceId, (tx) => mergeContactsIn(tx, ctx, input));
}

/** mergeContacts inside the caller's workspace transaction (identity resolution merges this way). */
export async function mergeContactsIn(tx: Db, ctx: Ctx, input: MergeContactsInput) {
  const { survivorId, mergedId, pick } = mergeContactsInputSchema.parse(input);
  const [first, second] = [survivorId, mergedId].sort();
  // Locks in id order, so two merges of the same pair in opposite directions can't deadlock.
  const locked = new Map<string, ContactRow>();
  for (const id of [first!, second!]) {
    const row = await repo.findContact(tx, ctx.workspaceId, id, { forUpdate: true });
    if (!row) throw notFound('Contact');
    locked.set(id, row);
  }
  const survivor = locked.get(survivorId)!;
  const merged = locked.get(mergedId)!;
  const values = mergedValues(survivor, merged, pick);
  // The merged contact goes first, so the survivor may take its external id.
  await repo.updateContact(tx, ctx.workspaceId, mergedId, { deletedAt: new Date(), mergedInto: survivorId });
  const after = await repo.updateContact(tx, ctx.workspaceId, survivorId, values);
  const moved = await moveLinks(tx, ctx.workspaceId, mergedId, survivorId);
  await combineTraits(tx, ctx.workspaceId, survivorId, mergedId);
  const [row] = await tx
    .insert(contactMerges)
    .values({
      id: uuidv7(),
      workspaceId: ctx.workspaceId,
      survivorId,
      mergedId,
      mergedName: displayName(merged),
      survivorBefore: snapshot(survivor),
      survivorAfter: snapshot(after),
      mergedBefore: snapshot(merged),
      moved,
      status: 'merged',
      actorLabel: ctx.actor.label,
    })
    .returning();
  await recordAudit(tx, ctx, { entity: 'contact', entityId: survivorId, action: 'update', changes: diffFields(survivor, after, auditIgnored) });
  await recordAudit(tx, ctx, { entity: 'contact', entityId: mergedId, action: 'delete', changes: { mergedInto: { before: null, after: survivorId } } });
  return { merge: toMerge(row!), contact: toContact({ ...after, companyName: null }) };
}

/**
 * Undoes a merge: the merged contact returns with what moved, and each field of the survivor that
 * still holds its merged value gets its old value back. Fields edited since keep the newer edit.
 */
export async function undoMerge(ctx: Ctx, mergeId: string) {
  if (!isUuid(mergeId)) throw notFound('Merge');
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const [m] = await tx
      .select()
      .from(contactMerges)
      .where(and(eq(contactMerges.workspaceId, ctx.workspaceId), eq(contactMerges.id, mergeId)))
      .for('update');
    if (!m) throw notFound('Merge');
    if (m.status === 'undone') throw new AppError('conflict', 'This merge was already undone');
    const survivor = await repo.findContact(tx, ctx.workspaceId, m.survivorId, { forUpdate: true });
    const merged = await repo.findContact(tx, ctx.workspaceId, m.mergedId, { forUpdate: true, includeDeleted: true });
    if (!survivor || !merged || merged.mergedInto !== m.survivorId) {
      throw new AppError('conflict', 'The contacts changed too much since the merge to undo it (one was deleted or merged again)');
    }
    const restore: Record<string, unknown> = {};
    const now = snapshot(survivor);
    for (const [k, after] of Object.entries(m.survivorAfter)) {
      if (auditIgnored.includes(k)) continue;
      if (JSON.stringify(now[k] ?? null) === JSON.stringify(after ?? null)) restore[k] = m.survivorBefore[k] ?? null;
    }
    const back = await repo.updateContact(tx, ctx.workspaceId, m.survivorId, restore as ContactPatch);
    await repo.updateContact(tx, ctx.workspaceId, m.mergedId, { deletedAt: null, mergedInto: null });
    await moveLinks(tx, ctx.workspaceId, m.survivorId, m.mergedId, m.moved);
    const [row] = await tx.update(contactMerges).set({ status: 'undone', undoneAt: new Date() }).where(eq(contactMerges.id, mergeId)).returning();
    await recordAudit(tx, ctx, { entity: 'contact', entityId: m.survivorId, action: 'update', changes: diffFields(survivor, back, auditIgnored) });
    await recordAudit(tx, ctx, { entity: 'contact', entityId: m.mergedId, action: 'create', changes: { mergedInto: { before: m.survivorId, after: null } } });
    return { merge: toMerge(row!), contact: toContact({ ...back, companyName: survivor.companyName }) };
  });
}

/** The contacts merged into this one, directly or through earlier merges, and not undone since. */
export async function absorbedContactIds(ctx: Ctx, id: string): Promise<string[]> {
  const rows = await withWorkspace(ctx.db, ctx.workspaceId, (tx) =>
    selectRows<{ id: string }>(tx, sql`
      with recursive absorbed(id) as (
        select merged_id from contact_merges where workspace_id = ${ctx.workspaceId} and survivor_id = ${id}::uuid and status = 'merged'
        union
        select m.merged_id from contact_merges m join absorbed a on m.survivor_id = a.id
        where m.workspace_id = ${ctx.workspaceId} and m.status = 'merged'
      )
      select id from absorbed`),
  );
  return rows.map((r) => r.id);
}
