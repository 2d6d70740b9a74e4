import { v7 as uuidv7 } from 'uuid';
import type { ItemResult, OnDuplicate, UpsertMatch } from '@rapport/contracts';
import { AppError } from '../../platform/errors.js';
import { toE164 } from '../../platform/phone.js';
import { diffFields, recordAudits, type AuditRecord } from '../audit/index.js';
import { auditIgnored } from './contacts.mapper.js';
import * as repo from './contacts.repo.js';
import type { ContactPatch, ContactRow } from './contacts.repo.js';
import { contacts } from './contacts.schema.js';
import { getTableColumns } from 'drizzle-orm';

const contactColumns = getTableColumns(contacts);
import { changedColumns, onlyEmpty, prepareContact, type ContactData, type WriteScope } from './contacts.write.js';

export interface WriteItem {
  index: number;
  data: ContactData;
}

export interface WriteOptions {
  /** How an item finds the contact it duplicates; null creates every item. */
  match: UpsertMatch | null;
  onDuplicate: OnDuplicate;
  /** Tags added to every written contact (an import's tags). */
  addTags?: string[] | undefined;
  /** Validate and match, but write nothing (an import's dry run). */
  dryRun?: boolean | undefined;
}

export type WriteResult = ItemResult;

const matchValue = (scope: WriteScope, data: ContactData, match: UpsertMatch): string | null => {
  if (match === 'email') return data.email ?? null;
  if (match === 'externalId') return data.externalId ?? null;
  return data.phone ? toE164(data.phone, scope.region) : null;
};

function keysOf(row: ContactRow, match: UpsertMatch): string[] {
  if (match === 'email') return [row.email, ...row.emails].filter((v): v is string => Boolean(v));
  if (match === 'phone') return [row.phone, ...row.phones].filter((v): v is string => Boolean(v));
  return row.externalId ? [row.externalId] : [];
}

function rejected(index: number, e: unknown): WriteResult {
  if (!(e instanceof AppError)) throw e;
  return {
    index,
    status: 'rejected',
    id: null,
    error: { code: e.code, message: e.message, ...(e.details.errors ? { errors: e.details.errors } : {}) },
  };
}

/** A contact to be inserted at the end of the call, shaped like a stored row so later items can match and update it. */
function pendingRow(scope: WriteScope, patch: ContactPatch): ContactRow {
  const now = new Date();
  const blank = Object.fromEntries(Object.keys(contactColumns).map((k) => [k, null])) as unknown as ContactRow;
  return { ...blank, emails: [], phones: [], tags: [], autoTags: [], custom: {}, ...patch, id: uuidv7(), workspaceId: scope.ctx.workspaceId, createdAt: now, updatedAt: now };
}

/**
 * Creates or updates contacts inside the caller's transaction, matching each item on its email,
 * phone or external id, including contacts created earlier in the same call (a file that lists a
 * person twice yields one contact). An item that fails validation is rejected alone, before
 * anything of it is written. New contacts go in with one multi-row insert at the end, and the
 * audit entries with one more: imports write thousands of rows a second this way.
 */
export async function writeContacts(scope: WriteScope, items: WriteItem[], opts: WriteOptions): Promise<WriteResult[]> {
  const { tx, ctx } = scope;
  const byKey = new Map<string, ContactRow>();
  /** Free only until this call has used them: later calls in the transaction look them up again. */
  const lookedUpFree: string[] = [];
  if (opts.match) {
    const values = items.map((it) => {
      try {
        return matchValue(scope, it.data, opts.match!);
      } catch {
        return null;
      }
    });
    const keys = values.filter((v): v is string => Boolean(v));
    const found = await repo.findMatches(tx, ctx.workspaceId, {
      emails: opts.match === 'email' ? keys : [],
      phones: opts.match === 'phone' ? keys : [],
      externalIds: opts.match === 'externalId' ? keys : [],
    });
    // The oldest contact wins when several share a value.
    for (const row of found) for (const k of keysOf(row, opts.match)) if (!byKey.has(k)) byKey.set(k, row);
    // An external id just looked up and not found is free in this transaction: no second lookup per new contact.
    if (opts.match === 'externalId') {
      scope.freeExternalIds ??= new Set();
      for (const k of keys) {
        if (byKey.has(k) || scope.freeExternalIds.has(k)) continue;
        scope.freeExternalIds.add(k);
        lookedUpFree.push(k);
      }
    }
  }

  const results: WriteResult[] = [];
  const audits: AuditRecord[] = [];
  const pending = new Map<string, ContactRow>();
  for (const item of items) {
    try {
      const key = opts.match ? matchValue(scope, item.data, opts.match) : null;
      const existing = key ? byKey.get(key) : undefined;
      const data = opts.addTags?.length ? { ...item.data, tags: [...new Set([...(existing?.tags ?? []), ...(item.data.tags ?? []), ...opts.addTags])] } : item.data;
      if (!existing) {
        if (!(data.firstName || data.lastName || data.displayName || data.email || data.phone || data.externalId)) {
          throw new AppError('validation_failed', 'A contact needs a name, an email, a phone or an external id', {
            errors: [{ path: 'firstName', message: 'A contact needs a name, an email, a phone or an external id' }],
          });
        }
        const row = pendingRow(scope, await prepareContact(scope, data, null));
        pending.set(row.id, row);
        if (opts.match) for (const k of keysOf(row, opts.match)) if (!byKey.has(k)) byKey.set(k, row);
        results.push({ index: item.index, status: 'created', id: opts.dryRun ? null : row.id });
        continue;
      }
      if (opts.onDuplicate === 'skip') {
        results.push({ index: item.index, status: 'skipped', id: pending.has(existing.id) && opts.dryRun ? null : existing.id });
        continue;
      }
      const prepared = await prepareContact(scope, data, existing);
      const patch = changedColumns(existing, opts.onDuplicate === 'fill_empty' ? onlyEmpty(existing, prepared) : prepared);
      if (Object.keys(patch).length === 0) {
        results.push({ index: item.index, status: 'unchanged', id: existing.id });
        continue;
      }
      // A contact created earlier in this call is still in memory: it takes the change there.
      const isPending = pending.has(existing.id);
      const row = isPending || opts.dryRun ? Object.assign(existing, patch) : await repo.updateContact(tx, ctx.workspaceId, existing.id, patch);
      if (opts.match) for (const k of keysOf(row, opts.match)) byKey.set(k, row);
      if (!isPending) audits.push({ entity: 'contact', entityId: row.id, action: 'update', changes: diffFields(existing, row, auditIgnored) });
      results.push({ index: item.index, status: 'updated', id: row.id });
    } catch (e) {
      results.push(rejected(item.index, e));
    }
  }
  for (const k of lookedUpFree) scope.freeExternalIds?.delete(k);
  if (opts.dryRun) return results;
  const created = [...pending.values()];
  for (let i = 0; i < created.length; i += 500) {
    await repo.insertContacts(tx, created.slice(i, i + 500).map(({ searchText: _s, ...row }) => row));
  }
  for (const row of created) audits.push({ entity: 'contact', entityId: row.id, action: 'create', changes: diffFields(null, row, auditIgnored) });
  await recordAudits(tx, ctx, audits);
  return results;
}

export function totalsOf(results: ItemResult[]) {
  const totals = { created: 0, updated: 0, unchanged: 0, skipped: 0, deleted: 0, rejected: 0 };
  for (const r of results) totals[r.status] += 1;
  return totals;
}
