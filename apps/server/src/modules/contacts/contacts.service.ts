import { sql } from 'drizzle-orm';
import type { Contact, CreateContactInput, FilterGroup, Page, QueryContactsInput, Sort, UpdateContactInput, UpsertContactInput } from '@rapport/contracts';
import { createContactInputSchema, queryContactsInputSchema, updateContactInputSchema, upsertContactInputSchema } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { textArray, withWorkspace, type Db } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { compileFilter, describeField } from '../../platform/filters.js';
import { isUuid } from '../../platform/pagination.js';
import { planSort } from '../../platform/sorted-keyset.js';
import { diffFields, recordAudit } from '../audit/index.js';
import { assertOwner, findDefaultRegion } from '../auth/index.js';
import { contactFields } from './contacts.fields.js';
import { contactSearchCondition } from './contacts.search.js';
import { auditIgnored, toContact } from './contacts.mapper.js';
import * as repo from './contacts.repo.js';
import { contacts } from './contacts.schema.js';
import { writeContacts } from './contacts.upsert.js';
import { changedColumns, loadWriteScope, prepareContact } from './contacts.write.js';

export { toContact };

/** A write's single result, or its rejection rethrown as the error it was. */
function single(result: Awaited<ReturnType<typeof writeContacts>>[number]) {
  if (result.status === 'rejected') {
    const e = result.error!;
    throw new AppError(e.code as never, e.message, e.errors ? { errors: e.errors } : {});
  }
  return result;
}

export async function createContact(ctx: Ctx, input: CreateContactInput): Promise<Contact> {
  // Parsing here too (routes already did) keeps the CLI and jobs on the same rules.
  const data = createContactInputSchema.parse(input);
  await assertOwner(ctx, data.ownerId);
  const id = await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const [result] = await writeContacts(await loadWriteScope(tx, ctx), [{ index: 0, data }], { match: null, onDuplicate: 'skip' });
    return single(result!).id!;
  });
  return getContact(ctx, id);
}

export async function getContact(ctx: Ctx, id: string): Promise<Contact> {
  const row = isUuid(id) ? await withWorkspace(ctx.db, ctx.workspaceId, (tx) => repo.findContact(tx, ctx.workspaceId, id)) : null;
  if (!row) throw notFound('Contact');
  return toContact(row);
}

export async function updateContact(ctx: Ctx, id: string, input: UpdateContactInput): Promise<Contact> {
  const data = updateContactInputSchema.parse(input);
  if (!isUuid(id)) throw notFound('Contact');
  await assertOwner(ctx, data.ownerId);
  await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const before = await repo.findContact(tx, ctx.workspaceId, id, { forUpdate: true });
    if (!before) throw notFound('Contact');
    const patch = changedColumns(before, await prepareContact(await loadWriteScope(tx, ctx), data, before));
    if (Object.keys(patch).length === 0) return;
    const after = await repo.updateContact(tx, ctx.workspaceId, id, patch);
    await recordAudit(tx, ctx, { entity: 'contact', entityId: id, action: 'update', changes: diffFields(before, after, auditIgnored) });
  });
  return getContact(ctx, id);
}

/** Soft delete: the contact disappears everywhere but can come back through a bulk undo. */
export async function deleteContact(ctx: Ctx, id: string): Promise<void> {
  if (!isUuid(id)) throw notFound('Contact');
  await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const before = await repo.findContact(tx, ctx.workspaceId, id, { forUpdate: true });
    if (!before || (await repo.setDeleted(tx, ctx.workspaceId, [id], true)).length === 0) throw notFound('Contact');
    await recordAudit(tx, ctx, { entity: 'contact', entityId: id, action: 'delete', changes: diffFields(before, null, auditIgnored) });
  });
}

/** Creates the contact, or updates the one whose email, phone or external id matches. */
export async function upsertContact(ctx: Ctx, input: UpsertContactInput): Promise<{ contact: Contact; created: boolean }> {
  const { match, contact: data, onDuplicate } = upsertContactInputSchema.parse(input);
  await assertOwner(ctx, data.ownerId);
  const result = await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    if (!(data[match] ?? null)) {
      throw new AppError('validation_failed', `The contact has no ${match} to match on`, { errors: [{ path: `contact.${match}`, message: 'Required to match on' }] });
    }
    const [r] = await writeContacts(await loadWriteScope(tx, ctx), [{ index: 0, data }], { match, onDuplicate });
    return single(r!);
  });
  return { contact: await getContact(ctx, result.id!), created: result.status === 'created' };
}

export async function listContactFields(ctx: Ctx) {
  const fields = await withWorkspace(ctx.db, ctx.workspaceId, (tx) => contactFields(tx, ctx.workspaceId));
  return { data: [...fields.values()].map(describeField) };
}

export interface ContactListQuery {
  q?: string | undefined;
  tag?: string | undefined;
  companyId?: string | undefined;
  filter?: FilterGroup | null | undefined;
  sort?: Sort | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** The WHERE parts of a list query: its search text, filter tree, tag and company. */
export async function contactConditions(tx: Db, workspaceId: string, q: Omit<ContactListQuery, 'limit' | 'cursor' | 'sort'>) {
  const fields = await contactFields(tx, workspaceId);
  return {
    fields,
    where: [
      q.filter ? compileFilter(q.filter, fields) : undefined,
      q.tag ? sql`${contacts.tags} @> ${textArray([q.tag])}` : undefined,
      q.companyId ? sql`${contacts.companyId} = ${q.companyId}::uuid` : undefined,
      q.q ? contactSearchCondition(q.q, await findDefaultRegion(tx, workspaceId)) : undefined,
    ],
  };
}

/** One page of a list query inside an open transaction; export walks all pages through this. */
export async function queryContactRows(tx: Db, workspaceId: string, q: ContactListQuery) {
  const { fields, where } = await contactConditions(tx, workspaceId, q);
  const plan = planSort(q.sort, fields, sql`${contacts.id}`, q.cursor);
  const rows = await repo.queryContacts(tx, workspaceId, { where, sort: plan, limit: q.limit });
  const hasMore = rows.length > q.limit;
  const data = hasMore ? rows.slice(0, q.limit) : rows;
  const last = data[data.length - 1];
  return { rows: data, nextCursor: hasMore && last ? plan.cursorOf(last) : null };
}

export async function queryContacts(ctx: Ctx, input: QueryContactsInput & { tag?: string | undefined; companyId?: string | undefined }): Promise<Page<Contact>> {
  const { tag, companyId, ...rest } = input;
  const q = queryContactsInputSchema.parse(rest);
  const { rows, nextCursor } = await withWorkspace(ctx.db, ctx.workspaceId, (tx) => queryContactRows(tx, ctx.workspaceId, { ...q, tag, companyId }));
  return { data: rows.map(toContact), nextCursor };
}

/** For routes of other modules (notes, timeline) that hang off a contact. */
export async function assertContact(ctx: Ctx, id: string): Promise<void> {
  await getContact(ctx, id);
}

/** The filterable fields of contacts, for saved views. */
export const contactFieldMap = (ctx: Ctx) => withWorkspace(ctx.db, ctx.workspaceId, (tx) => contactFields(tx, ctx.workspaceId));
