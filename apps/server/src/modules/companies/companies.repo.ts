import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { lookupThenLoad, textArray, type Db } from '../../platform/db.js';
import { selectPageKeys, type SortPlan } from '../../platform/sorted-keyset.js';
import { companies } from './companies.schema.js';

export type CompanyRow = typeof companies.$inferSelect;
export type NewCompanyRow = typeof companies.$inferInsert;
export type CompanyPatch = Partial<Omit<CompanyRow, 'id' | 'workspaceId' | 'createdAt' | 'searchText'>>;

export async function insertCompany(db: Db, row: NewCompanyRow): Promise<CompanyRow> {
  const [created] = await db.insert(companies).values(row).returning();
  return created!;
}

export async function findCompany(db: Db, workspaceId: string, id: string, opts: { forUpdate?: boolean } = {}): Promise<CompanyRow | null> {
  const q = db
    .select()
    .from(companies)
    .where(and(eq(companies.workspaceId, workspaceId), eq(companies.id, id)));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export async function findCompanyBy(db: Db, workspaceId: string, by: { domain: string } | { externalId: string } | { name: string }) {
  const cond =
    'domain' in by
      ? eq(companies.domain, by.domain)
      : 'externalId' in by
        ? eq(companies.externalId, by.externalId)
        : sql`lower(${companies.name}) = lower(${by.name})`;
  const [row] = await db
    .select()
    .from(companies)
    .where(and(eq(companies.workspaceId, workspaceId), cond))
    .limit(1);
  return row ?? null;
}

/** Companies whose lower-cased name is one of these; the oldest first, so it wins a tie. */
export function findCompaniesByNames(db: Db, workspaceId: string, lowerNames: string[]) {
  if (lowerNames.length === 0) return Promise.resolve([]);
  return db
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(and(eq(companies.workspaceId, workspaceId), sql`lower(${companies.name}) = any(${textArray(lowerNames)})`))
    .orderBy(companies.id);
}

export async function insertCompanies(db: Db, rows: NewCompanyRow[]): Promise<CompanyRow[]> {
  return rows.length ? db.insert(companies).values(rows).returning() : [];
}

export async function updateCompany(db: Db, workspaceId: string, id: string, patch: CompanyPatch): Promise<CompanyRow> {
  const [row] = await db
    .update(companies)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(companies.workspaceId, workspaceId), eq(companies.id, id)))
    .returning();
  return row!;
}

export async function deleteCompany(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.delete(companies).where(and(eq(companies.workspaceId, workspaceId), eq(companies.id, id)));
}

export interface CompanyQuery {
  where: (SQL | undefined)[];
  sort: SortPlan;
  limit: number;
}

/** One page plus one row, if there is one more. */
export function queryCompanies(db: Db, workspaceId: string, q: CompanyQuery): Promise<(CompanyRow & { sortKey: string | null })[]> {
  return lookupThenLoad(
    db,
    () =>
      selectPageKeys(db, { table: companies, id: companies.id, where: [eq(companies.workspaceId, workspaceId), ...q.where] }, q.sort, q.limit),
    (ids) => db.select().from(companies).where(and(eq(companies.workspaceId, workspaceId), inArray(companies.id, ids))),
  );
}

/** Companies whose name or domain holds the text, for global search. */
export function searchCompanies(db: Db, workspaceId: string, pattern: string, limit: number) {
  return lookupThenLoad(
    db,
    () =>
      db
        .select({ id: companies.id })
        .from(companies)
        .where(and(eq(companies.workspaceId, workspaceId), sql`${companies.searchText} like ${pattern}`))
        .orderBy(companies.name)
        .limit(limit),
    (ids) =>
      db
        .select({ id: companies.id, name: companies.name, domain: companies.domain })
        .from(companies)
        .where(and(eq(companies.workspaceId, workspaceId), inArray(companies.id, ids))),
  );
}
