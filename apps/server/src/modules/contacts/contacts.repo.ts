import { and, eq, getTableColumns, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { indexLookup, insertRowsAsJson, lookupThenLoad, selectRows, textArray, type Db } from '../../platform/db.js';
import { companies } from '../companies/index.js';
import { selectPageKeys, type SortPlan } from '../../platform/sorted-keyset.js';
import { contacts } from './contacts.schema.js';

export type ContactRow = typeof contacts.$inferSelect;
export type NewContactRow = typeof contacts.$inferInsert;
export type ContactPatch = Partial<Omit<ContactRow, 'id' | 'workspaceId' | 'createdAt' | 'searchText'>>;
/** A contact with its company's name, as lists and pages show it. */
export type ContactView = ContactRow & { companyName: string | null };

/** Soft-deleted (and merged-away) contacts are invisible everywhere but undo. */
export const live = isNull(contacts.deletedAt);

const viewColumns = { ...getTableColumns(contacts), companyName: companies.name };

/** Many at once, returning nothing: an import's batch parses no result rows. */
export function insertContacts(db: Db, rows: NewContactRow[]): Promise<void> {
  return insertRowsAsJson(db, contacts, rows);
}

export async function findContact(db: Db, workspaceId: string, id: string, opts: { forUpdate?: boolean; includeDeleted?: boolean } = {}): Promise<ContactView | null> {
  const q = db
    .select(viewColumns)
    .from(contacts)
    .leftJoin(companies, eq(companies.id, contacts.companyId))
    .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, id), opts.includeDeleted ? undefined : live));
  // Locks the row for the rest of the transaction, so concurrent updates diff against what they overwrite.
  const [row] = opts.forUpdate ? await q.for('update', { of: contacts }) : await q;
  return row ?? null;
}

export async function findContactsByIds(db: Db, workspaceId: string, ids: string[], opts: { forUpdate?: boolean } = {}): Promise<ContactRow[]> {
  if (ids.length === 0) return [];
  const q = db
    .select()
    .from(contacts)
    .where(and(eq(contacts.workspaceId, workspaceId), inArray(contacts.id, ids), live))
    .orderBy(contacts.id);
  return opts.forUpdate ? q.for('update') : q;
}

export async function updateContact(db: Db, workspaceId: string, id: string, patch: ContactPatch): Promise<ContactRow> {
  const [row] = await db
    .update(contacts)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, id)))
    .returning();
  return row!;
}

export interface MatchKeys {
  emails: string[];
  phones: string[];
  externalIds: string[];
}

/**
 * Live contacts holding any of these emails (primary or other), phones or external ids. Other
 * emails and phones are probed one value at a time: for `emails && {500 values}` the planner
 * guesses nearly every row matches and reads the whole table, where each `@>` probe of the GIN
 * index is a few microseconds.
 */
export function findMatches(db: Db, workspaceId: string, keys: MatchKeys): Promise<ContactRow[]> {
  const scope = sql`workspace_id = ${workspaceId} and deleted_at is null`;
  const direct: SQL[] = [];
  if (keys.emails.length) direct.push(sql`email = any(${textArray(keys.emails)})`);
  if (keys.phones.length) direct.push(sql`phone = any(${textArray(keys.phones)})`);
  if (keys.externalIds.length) direct.push(sql`external_id = any(${textArray(keys.externalIds)})`);
  if (direct.length === 0) return Promise.resolve([]);
  const probe = (column: 'emails' | 'phones', values: string[]) =>
    sql`select c.id from unnest(${textArray(values)}) as k(v) cross join lateral (select id from contacts where ${scope} and ${sql.identifier(column)} @> array[k.v]) c`;
  const parts = [
    sql`select id from contacts where ${scope} and (${sql.join(direct, sql` or `)})`,
    ...(keys.emails.length ? [probe('emails', keys.emails)] : []),
    ...(keys.phones.length ? [probe('phones', keys.phones)] : []),
  ];
  return lookupThenLoad(
    db,
    () => selectRows<{ id: string }>(db, sql`${sql.join(parts, sql` union `)} order by id`),
    (ids) => db.select().from(contacts).where(and(eq(contacts.workspaceId, workspaceId), inArray(contacts.id, ids), live)),
  );
}

export interface ContactQuery {
  where: (SQL | undefined)[];
  sort: SortPlan;
  limit: number;
}

/** Rows with their company's name, looked up by id under row-level security. */
export function findContactViews(db: Db, workspaceId: string, ids: string[]): Promise<ContactView[]> {
  return db
    .select(viewColumns)
    .from(contacts)
    .leftJoin(companies, eq(companies.id, contacts.companyId))
    .where(and(eq(contacts.workspaceId, workspaceId), inArray(contacts.id, ids), live));
}

/** One page plus one row, if there is one more. */
export function queryContacts(db: Db, workspaceId: string, q: ContactQuery): Promise<(ContactView & { sortKey: string | null })[]> {
  return lookupThenLoad(
    db,
    () =>
      selectPageKeys(db, { table: contacts, id: contacts.id, where: [eq(contacts.workspaceId, workspaceId), live, ...q.where] }, q.sort, q.limit),
    (ids) => findContactViews(db, workspaceId, ids),
  );
}

/** Live contacts matching a selection, ids only, capped: what a bulk action over a filter acts on. */
export function selectContactIds(db: Db, workspaceId: string, where: (SQL | undefined)[], cap: number) {
  return indexLookup(db, () =>
    db
      .select({ id: contacts.id })
      .from(contacts)
      .where(and(eq(contacts.workspaceId, workspaceId), live, ...where))
      .orderBy(contacts.id)
      .limit(cap + 1),
  );
}

/** Sets deleted_at (or clears it) on many contacts at once; returns the ids changed. */
export async function setDeleted(db: Db, workspaceId: string, ids: string[], deleted: boolean): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .update(contacts)
    .set({ deletedAt: deleted ? new Date() : null, updatedAt: new Date() })
    .where(and(eq(contacts.workspaceId, workspaceId), inArray(contacts.id, ids), deleted ? live : sql`${contacts.deletedAt} is not null`))
    .returning({ id: contacts.id });
  return rows.map((r) => r.id);
}
