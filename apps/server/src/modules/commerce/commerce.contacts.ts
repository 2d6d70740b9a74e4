import type { Db } from '../../platform/db.js';
import type { Ctx } from '../../platform/context.js';
import { findContactsByIds, loadWriteScope, writeContacts } from '../contacts/index.js';

export interface ContactKey {
  id?: string | undefined;
  externalId?: string | undefined;
  email?: string | undefined;
}

/**
 * The contact of each key: an id must exist; an external id or email finds its contact or
 * creates one (a till's customer number is a contact the CRM had not met). Null for no key or an
 * unknown id. Two writes in all, however many keys.
 */
export async function resolveContacts(tx: Db, ctx: Ctx, keys: (ContactKey | undefined)[]): Promise<(string | null)[]> {
  const out: (string | null)[] = keys.map(() => null);
  const ids = [...new Set(keys.map((k) => k?.id).filter((v): v is string => Boolean(v)))];
  const existing = new Set((await findContactsByIds(tx, ctx.workspaceId, ids)).map((c) => c.id));
  const byExternal: { index: number; data: { externalId: string; email?: string } }[] = [];
  const byEmail: { index: number; data: { email: string } }[] = [];
  keys.forEach((k, index) => {
    if (k?.id) out[index] = existing.has(k.id) ? k.id : null;
    else if (k?.externalId) byExternal.push({ index, data: { externalId: k.externalId, ...(k.email ? { email: k.email } : {}) } });
    else if (k?.email) byEmail.push({ index, data: { email: k.email } });
  });
  if (!byExternal.length && !byEmail.length) return out;
  const scope = await loadWriteScope(tx, ctx);
  for (const [items, match] of [
    [byExternal, 'externalId'],
    [byEmail, 'email'],
  ] as const) {
    if (!items.length) continue;
    for (const r of await writeContacts(scope, items, { match, onDuplicate: 'skip' })) out[r.index] = r.id;
  }
  return out;
}
