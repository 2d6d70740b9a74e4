import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { ListContactsQuery } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { withWorkspace } from '../../platform/db.js';
import * as repo from './contacts.repo.js';
import { resolveFilter, toContact } from './contacts.service.js';

/** Rows per database round trip; each batch is its own short transaction (PGlite has one connection). */
const batchSize = 1000;

const columns = [
  { key: 'id', header: 'id' },
  { key: 'firstName', header: 'first_name' },
  { key: 'lastName', header: 'last_name' },
  { key: 'name', header: 'name' },
  { key: 'email', header: 'email' },
  { key: 'phone', header: 'phone' },
  { key: 'tags', header: 'tags' },
  { key: 'createdAt', header: 'created_at' },
  { key: 'updatedAt', header: 'updated_at' },
] as const;

/**
 * Spreadsheet apps run a cell that starts with = + - @ (or a tab or carriage return) as a formula:
 * a contact named "=HYPERLINK(…)" must not become a live link in someone's Excel. OWASP's advice:
 * prefix such cells with a single quote.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

async function* contactRows(ctx: Ctx, query: Pick<ListContactsQuery, 'q' | 'tag'>) {
  const filter = await withWorkspace(ctx.db, ctx.workspaceId, (tx) => resolveFilter(tx, ctx.workspaceId, query));
  let beforeId: string | undefined;
  for (;;) {
    // listContacts returns up to limit + 1 rows; all of them are emitted, and a full batch means more may follow.
    const rows = await withWorkspace(ctx.db, ctx.workspaceId, (tx) =>
      repo.listContacts(tx, ctx.workspaceId, { ...filter, beforeId, limit: batchSize - 1 }),
    );
    for (const r of rows) {
      const c = toContact(r);
      yield columns.map(({ key }) => {
        const v = c[key];
        return neutraliseFormula(Array.isArray(v) ? v.join(', ') : (v ?? ''));
      });
    }
    if (rows.length < batchSize) return;
    beforeId = rows[rows.length - 1]!.id;
  }
}

/**
 * The contacts matching a list filter as CSV, streamed. UTF-8 with a BOM, so Excel opens
 * Chinese and Japanese text correctly.
 */
export function exportContactsCsv(ctx: Ctx, filter: Pick<ListContactsQuery, 'q' | 'tag'>): Readable {
  const csv = stringify({ bom: true, header: true, columns: columns.map((c) => c.header), record_delimiter: 'windows' });
  return Readable.from(contactRows(ctx, filter)).pipe(csv);
}
