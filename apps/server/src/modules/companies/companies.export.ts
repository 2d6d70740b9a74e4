import type { Readable } from 'node:stream';
import type { Company } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { allPages, assertKnownColumns, toCsvStream, valueAtPath, type CsvColumn } from '../../platform/csv-export.js';
import { withWorkspace } from '../../platform/db.js';
import { companyFields } from './companies.fields.js';
import { queryCompanyRows, toCompany, type CompanyListQuery } from './companies.service.js';

/** The companies of a view as CSV: its query, and its columns (every field when none are named). */
export async function exportCompaniesCsv(ctx: Ctx, q: Omit<CompanyListQuery, 'limit' | 'cursor'>, columnPaths: string[] | undefined): Promise<Readable> {
  const fields = await withWorkspace(ctx.db, ctx.workspaceId, (tx) => companyFields(tx, ctx.workspaceId));
  const paths = columnPaths?.length ? columnPaths : [...fields.keys()];
  assertKnownColumns(paths, fields);
  const columns: CsvColumn<Company>[] = [
    { header: 'id', value: (c) => c.id },
    ...paths.map((p) => ({ header: fields.get(p)!.label, value: (c: Company) => valueAtPath(c, p) })),
  ];
  const pages = allPages(async (cursor) => {
    const page = await withWorkspace(ctx.db, ctx.workspaceId, (tx) => queryCompanyRows(tx, ctx.workspaceId, { ...q, limit: 1000, cursor }));
    return { rows: page.rows.map(toCompany), nextCursor: page.nextCursor };
  });
  return toCsvStream(pages, columns);
}
