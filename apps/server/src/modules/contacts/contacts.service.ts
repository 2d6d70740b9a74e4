import { v7 as uuidv7 } from 'uuid';
import type { Contact, CreateContactInput, ListContactsQuery, Page, UpdateContactInput } from '@rapport/contracts';
import { createContactInputSchema, updateContactInputSchema } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { withWorkspace, type Db } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { decodeCursor, isUuid, toPage } from '../../platform/pagination.js';
import { diffFields, recordAudit } from '../audit/index.js';
import { findDefaultRegion } from '../auth/index.js';
import { phoneSearchKey, toE164 } from './contacts.phone.js';
import * as repo from './contacts.repo.js';
import type { ContactRow } from './contacts.repo.js';

const auditIgnored = ['id', 'workspaceId', 'createdAt', 'updatedAt'];

const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** Chinese, Japanese and Korean names read family name first, without a space (林美玲). */
function displayName(r: Pick<ContactRow, 'firstName' | 'lastName' | 'email' | 'phone'>): string {
  const isCjk = cjk.test(`${r.firstName ?? ''}${r.lastName ?? ''}`);
  const name = isCjk ? `${r.lastName ?? ''}${r.firstName ?? ''}` : [r.firstName, r.lastName].filter(Boolean).join(' ');
  return name || r.email || r.phone || '';
}

export function toContact(r: ContactRow): Contact {
  return {
    id: r.id,
    firstName: r.firstName,
    lastName: r.lastName,
    name: displayName(r),
    email: r.email,
    phone: r.phone,
    tags: r.tags,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export async function createContact(ctx: Ctx, input: CreateContactInput): Promise<Contact> {
  // Parsing here too (routes already did) keeps the CLI and jobs on the same rules.
  const data = createContactInputSchema.parse(input);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const region = data.phone ? await findDefaultRegion(tx, ctx.workspaceId) : null;
    const row = await repo.insertContact(tx, {
      id: uuidv7(),
      workspaceId: ctx.workspaceId,
      firstName: data.firstName ?? null,
      lastName: data.lastName ?? null,
      email: data.email ?? null,
      phone: data.phone ? toE164(data.phone, region) : null,
      tags: data.tags ?? [],
    });
    await recordAudit(tx, ctx, { entity: 'contact', entityId: row.id, action: 'create', changes: diffFields(null, row, auditIgnored) });
    return toContact(row);
  });
}

export async function getContact(ctx: Ctx, id: string): Promise<Contact> {
  const row = isUuid(id) ? await withWorkspace(ctx.db, ctx.workspaceId, (tx) => repo.findContact(tx, ctx.workspaceId, id)) : null;
  if (!row) throw notFound('Contact');
  return toContact(row);
}

export async function updateContact(ctx: Ctx, id: string, input: UpdateContactInput): Promise<Contact> {
  const patch = updateContactInputSchema.parse(input);
  if (!isUuid(id)) throw notFound('Contact');
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const before = await repo.findContactForUpdate(tx, ctx.workspaceId, id);
    if (!before) throw notFound('Contact');
    if (patch.phone) patch.phone = toE164(patch.phone, await findDefaultRegion(tx, ctx.workspaceId));
    const after = await repo.updateContact(tx, ctx.workspaceId, id, patch);
    if (!after) throw notFound('Contact');
    await recordAudit(tx, ctx, { entity: 'contact', entityId: id, action: 'update', changes: diffFields(before, after, auditIgnored) });
    return toContact(after);
  });
}

export async function deleteContact(ctx: Ctx, id: string): Promise<void> {
  if (!isUuid(id)) throw notFound('Contact');
  await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const before = await repo.findContactForUpdate(tx, ctx.workspaceId, id);
    if (!before || !(await repo.deleteContact(tx, ctx.workspaceId, id))) throw notFound('Contact');
    await recordAudit(tx, ctx, { entity: 'contact', entityId: id, action: 'delete', changes: diffFields(before, null, auditIgnored) });
  });
}

/** A list filter as the repo takes it: a search text that is a phone number also matches it in E.164. */
export async function resolveFilter(tx: Db, workspaceId: string, q: Pick<ListContactsQuery, 'q' | 'tag'>) {
  const phone = q.q ? phoneSearchKey(q.q, await findDefaultRegion(tx, workspaceId)) : null;
  return { q: q.q, tag: q.tag, phone };
}

export async function listContacts(ctx: Ctx, q: ListContactsQuery & { limit: number }): Promise<Page<Contact>> {
  const beforeId = decodeCursor(q.cursor, isUuid);
  const rows = await withWorkspace(ctx.db, ctx.workspaceId, async (tx) =>
    repo.listContacts(tx, ctx.workspaceId, { ...(await resolveFilter(tx, ctx.workspaceId, q)), beforeId, limit: q.limit }),
  );
  const page = toPage(rows, q.limit, (r) => r.id);
  return { data: page.data.map(toContact), nextCursor: page.nextCursor };
}
