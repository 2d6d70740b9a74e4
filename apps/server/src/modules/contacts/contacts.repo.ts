import { and, arrayContains, desc, eq, ilike, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { contacts } from './contacts.schema.js';

export type ContactRow = typeof contacts.$inferSelect;
export type NewContactRow = typeof contacts.$inferInsert;
export type ContactPatch = Partial<Pick<ContactRow, 'firstName' | 'lastName' | 'email' | 'phone' | 'tags'>>;

export async function insertContact(db: Db, row: NewContactRow): Promise<ContactRow> {
  const [created] = await db.insert(contacts).values(row).returning();
  return created!;
}

export async function findContact(db: Db, workspaceId: string, id: string): Promise<ContactRow | null> {
  const [row] = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, id)));
  return row ?? null;
}

/** Locks the row for the rest of the transaction, so concurrent updates diff against what they overwrite. */
export async function findContactForUpdate(db: Db, workspaceId: string, id: string): Promise<ContactRow | null> {
  const [row] = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, id)))
    .for('update');
  return row ?? null;
}

export async function updateContact(db: Db, workspaceId: string, id: string, patch: ContactPatch): Promise<ContactRow | null> {
  const [row] = await db
    .update(contacts)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, id)))
    .returning();
  return row ?? null;
}

export async function deleteContact(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(contacts)
    .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, id)))
    .returning({ id: contacts.id });
  return rows.length > 0;
}

export interface ContactFilter {
  q?: string | undefined;
  /** The search text as an E.164 phone number, when it is one. */
  phone?: string | null | undefined;
  tag?: string | undefined;
  beforeId?: string | undefined;
  limit: number;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Newest first, keyset-paginated on the time-ordered id. */
export function listContacts(db: Db, workspaceId: string, f: ContactFilter): Promise<ContactRow[]> {
  const pattern = f.q ? `%${escapeLike(f.q)}%` : null;
  return db
    .select()
    .from(contacts)
    .where(
      and(
        eq(contacts.workspaceId, workspaceId),
        f.beforeId ? lt(contacts.id, f.beforeId) : undefined,
        f.tag ? arrayContains(contacts.tags, [f.tag]) : undefined,
        pattern
          ? or(
              ilike(sql`coalesce(${contacts.firstName}, '') || ' ' || coalesce(${contacts.lastName}, '')`, pattern),
              ilike(contacts.email, pattern),
              ilike(contacts.phone, pattern),
              f.phone ? eq(contacts.phone, f.phone) : undefined,
            )
          : undefined,
      ),
    )
    .orderBy(desc(contacts.id))
    .limit(f.limit + 1);
}
