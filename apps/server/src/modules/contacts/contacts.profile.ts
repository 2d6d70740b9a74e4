import { AppError, type FieldError } from '../../platform/errors.js';
import { diffFields, recordAudit } from '../audit/index.js';
import { auditIgnored } from './contacts.mapper.js';
import * as repo from './contacts.repo.js';
import type { ContactPatch, ContactRow } from './contacts.repo.js';
import { writeContacts } from './contacts.upsert.js';
import { changedColumns, prepareContact, type ContactData, type WriteScope } from './contacts.write.js';

/** Drops the fields that failed (by their top-level key), so the rest can still be written. */
function without(data: ContactData, errors: FieldError[]): ContactData {
  const out: Record<string, unknown> = { ...data };
  for (const e of errors) delete out[e.path.split('.')[0]!];
  return out as ContactData;
}

const failures = (e: unknown): FieldError[] | null => (e instanceof AppError && e.details.errors?.length ? e.details.errors : null);

/**
 * Creates a contact (id null) or updates one from data that arrived on its own, such as the
 * traits of an identify call: fields that fail validation are left out and reported, never the
 * whole write. A changed primary email or phone keeps the old one among the others.
 */
export async function writeProfile(
  scope: WriteScope,
  id: string | null,
  input: ContactData,
  /** The contact as already read and locked in this transaction, to spare reading it again. */
  loaded?: ContactRow,
): Promise<{ id: string | null; dropped: FieldError[] }> {
  const dropped: FieldError[] = [];
  let data = input;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      if (id === null) {
        const [result] = await writeContacts(scope, [{ index: 0, data }], { match: null, onDuplicate: 'update' });
        if (result?.status === 'rejected') {
          const errors = result.error?.errors ?? [];
          if (!errors.length || attempt === 2) return { id: null, dropped: [...dropped, ...(errors.length ? errors : [{ path: '', message: result.error?.message ?? 'rejected' }])] };
          dropped.push(...errors);
          data = without(data, errors);
          continue;
        }
        return { id: result?.id ?? null, dropped };
      }
      const before = loaded?.id === id ? loaded : await repo.findContact(scope.tx, scope.ctx.workspaceId, id, { forUpdate: true });
      if (!before) return { id: null, dropped };
      const prepared = await prepareContact(scope, data, before);
      if (prepared.email && before.email && prepared.email !== before.email && !data.emails) {
        prepared.emails = [...new Set([before.email, ...before.emails])].filter((e) => e !== prepared.email);
      }
      if (prepared.phone && before.phone && prepared.phone !== before.phone && !data.phones) {
        prepared.phones = [...new Set([before.phone, ...before.phones])].filter((p) => p !== prepared.phone);
      }
      const patch: ContactPatch = changedColumns(before, prepared);
      if (Object.keys(patch).length) {
        const after = await repo.updateContact(scope.tx, scope.ctx.workspaceId, id, patch);
        if (loaded?.id === id) Object.assign(loaded, after);
        await recordAudit(scope.tx, scope.ctx, { entity: 'contact', entityId: id, action: 'update', changes: diffFields(before, after, auditIgnored) });
      }
      return { id, dropped };
    } catch (e) {
      const errors = failures(e);
      if (!errors || attempt === 2) throw e;
      dropped.push(...errors);
      data = without(data, errors);
    }
  }
  return { id, dropped };
}
