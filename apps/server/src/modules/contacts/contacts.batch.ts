import type { BatchResult, ContactBatchInput, ItemResult } from '@rapport/contracts';
import { batchDeleteItemSchema, batchUpdateItemSchema, contactBatchInputSchema, contactInputSchema } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { withWorkspace } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { isUuid } from '../../platform/pagination.js';
import { diffFields, recordAudits, type AuditRecord } from '../audit/index.js';
import { assertOwner } from '../auth/index.js';
import { auditIgnored } from './contacts.mapper.js';
import * as repo from './contacts.repo.js';
import { totalsOf, writeContacts, type WriteItem } from './contacts.upsert.js';
import { changedColumns, loadWriteScope, prepareContact } from './contacts.write.js';

type Parsed<T> = { index: number; ok: true; value: T } | { index: number; ok: false; result: ItemResult };

/** Validates each item alone, so one malformed item is rejected without failing the batch. */
function parseEach<T>(items: unknown[], parse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }): Parsed<T>[] {
  return items.map((item, index) => {
    const r = parse(item);
    if (r.success) return { index, ok: true, value: r.data };
    const errors = r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
    return { index, ok: false, result: { index, status: 'rejected', id: null, error: { code: 'validation_failed', message: errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors } } };
  });
}

async function ownerRejections(ctx: Ctx, parsed: Parsed<{ ownerId?: string | null | undefined }>[]): Promise<Map<number, ItemResult>> {
  const out = new Map<number, ItemResult>();
  const owners = [...new Set(parsed.flatMap((p) => (p.ok && p.value.ownerId ? [p.value.ownerId] : [])))];
  const bad = new Set<string>();
  for (const o of owners) await assertOwner(ctx, o).catch(() => bad.add(o));
  for (const p of parsed) {
    if (p.ok && p.value.ownerId && bad.has(p.value.ownerId)) {
      out.set(p.index, { index: p.index, status: 'rejected', id: null, error: { code: 'validation_failed', message: 'ownerId: Not a member of this workspace', errors: [{ path: 'ownerId', message: 'Not a member of this workspace' }] } });
    }
  }
  return out;
}

/**
 * Up to 1,000 creates, updates, upserts or deletes in one transaction, with one result per item in
 * input order. Invalid items are rejected alone; the totals add up to the number of items.
 */
export async function runContactBatch(ctx: Ctx, input: ContactBatchInput): Promise<BatchResult> {
  const batch = contactBatchInputSchema.parse(input);
  const results = new Map<number, ItemResult>();
  if (batch.operation === 'delete') {
    const parsed = parseEach(batch.items, (v) => batchDeleteItemSchema.safeParse(v));
    await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
      const ids = parsed.flatMap((p) => (p.ok && isUuid(p.value.id) ? [p.value.id] : []));
      const rows = new Map((await repo.findContactsByIds(tx, ctx.workspaceId, ids, { forUpdate: true })).map((r) => [r.id, r]));
      const deleted = new Set(await repo.setDeleted(tx, ctx.workspaceId, [...rows.keys()], true));
      await recordAudits(tx, ctx, [...deleted].map((id) => ({ entity: 'contact', entityId: id, action: 'delete' as const, changes: diffFields(rows.get(id)!, null, auditIgnored) })));
      for (const p of parsed) {
        if (!p.ok) results.set(p.index, p.result);
        else if (deleted.delete(p.value.id)) results.set(p.index, { index: p.index, status: 'deleted', id: p.value.id });
        else results.set(p.index, { index: p.index, status: 'rejected', id: null, error: { code: 'not_found', message: 'Contact not found' } });
      }
    });
  } else if (batch.operation === 'update') {
    const parsed = parseEach(batch.items, (v) => batchUpdateItemSchema.safeParse(v));
    const owners = await ownerRejections(ctx, parsed);
    await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
      const scope = await loadWriteScope(tx, ctx);
      const audits: AuditRecord[] = [];
      for (const p of parsed) {
        if (!p.ok || owners.has(p.index)) {
          results.set(p.index, p.ok ? owners.get(p.index)! : p.result);
          continue;
        }
        const { id, ...data } = p.value;
        const before = isUuid(id) ? await repo.findContact(tx, ctx.workspaceId, id, { forUpdate: true }) : null;
        if (!before) {
          // No id in the answer: a record of another workspace looks exactly like a missing one.
          results.set(p.index, { index: p.index, status: 'rejected', id: null, error: { code: 'not_found', message: 'Contact not found' } });
          continue;
        }
        try {
          const patch = changedColumns(before, await prepareContact(scope, data, before));
          if (Object.keys(patch).length === 0) {
            results.set(p.index, { index: p.index, status: 'unchanged', id });
            continue;
          }
          const after = await repo.updateContact(tx, ctx.workspaceId, id, patch);
          audits.push({ entity: 'contact', entityId: id, action: 'update', changes: diffFields(before, after, auditIgnored) });
          results.set(p.index, { index: p.index, status: 'updated', id });
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          results.set(p.index, { index: p.index, status: 'rejected', id, error: { code: e.code, message: e.message, ...(e.details.errors ? { errors: e.details.errors } : {}) } });
        }
      }
      await recordAudits(tx, ctx, audits);
    });
  } else {
    const parsed = parseEach(batch.items, (v) => contactInputSchema.safeParse(v));
    const owners = await ownerRejections(ctx, parsed);
    const items: WriteItem[] = [];
    for (const p of parsed) {
      if (!p.ok) results.set(p.index, p.result);
      else if (owners.has(p.index)) results.set(p.index, owners.get(p.index)!);
      else items.push({ index: p.index, data: p.value });
    }
    const opts = batch.operation === 'upsert' ? { match: batch.match, onDuplicate: batch.onDuplicate } : { match: null, onDuplicate: 'skip' as const };
    const written = await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => writeContacts(await loadWriteScope(tx, ctx), items, opts));
    for (const r of written) results.set(r.index, r);
  }
  const ordered = batch.items.map((_, i) => results.get(i)!);
  return { results: ordered, totals: totalsOf(ordered) };
}
