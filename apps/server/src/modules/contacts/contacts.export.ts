import type { Readable } from 'node:stream';
import type { Contact } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { allPages, assertKnownColumns, toCsvStream, valueAtPath, type CsvColumn } from '../../platform/csv-export.js';
import { withWorkspace } from '../../platform/db.js';
import { contactFields } from './contacts.fields.js';
import { queryContactRows, toContact, type ContactListQuery } from './contacts.service.js';

/** Rows per database round trip; each page is its own short transaction (PGlite has one connection). */
const pageSize = 1000;

/** How a column reads a contact: the company column shows the company's name, not its id. */
const columnValue = (path: string) => (c: Contact) => (path === 'companyId' ? c.company?.name : valueAtPath(c, path));

/**
 * The contacts of a view as CSV: its query and its columns (every field when none are named),
 * after the id and the display name.
 */
export async function exportContactsCsv(ctx: Ctx, q: Omit<ContactListQuery, 'limit' | 'cursor'>, columnPaths: string[] | undefined): Promise<Readable> {
  const fields = await withWorkspace(ctx.db, ctx.workspaceId, (tx) => contactFields(tx, ctx.workspaceId));
  const paths = columnPaths?.length ? columnPaths : [...fields.keys()];
  assertKnownColumns(paths, fields);
  const columns: CsvColumn<Contact>[] = [
    { header: 'id', value: (c) => c.id },
    { header: 'Name', value: (c) => c.name },
    ...paths.map((p) => ({ header: fields.get(p)!.label, value: columnValue(p) })),
  ];
  const pages = allPages(async (cursor) => {
    const page = await withWorkspace(ctx.db, ctx.workspaceId, (tx) => queryContactRows(tx, ctx.workspaceId, { ...q, limit: pageSize, cursor }));
    return { rows: page.rows.map(toContact), nextCursor: page.nextCursor };
  });
  return toCsvStream(pages, columns);
}
