import { and, desc, eq, lt } from 'drizzle-orm';
import type { ConsentChannel } from '@rapport/contracts';
import type { Db } from '../../platform/db.js';
import { contactConsentEvents } from './consent.schema.js';

export type ConsentEventRow = typeof contactConsentEvents.$inferSelect;

export async function insertConsentEvent(db: Db, row: typeof contactConsentEvents.$inferInsert): Promise<ConsentEventRow> {
  const [created] = await db.insert(contactConsentEvents).values(row).returning();
  return created!;
}

/** The latest change per channel of one contact. */
export function latestConsents(db: Db, workspaceId: string, contactId: string): Promise<ConsentEventRow[]> {
  return db
    .selectDistinctOn([contactConsentEvents.channel])
    .from(contactConsentEvents)
    .where(and(eq(contactConsentEvents.workspaceId, workspaceId), eq(contactConsentEvents.contactId, contactId)))
    .orderBy(contactConsentEvents.channel, desc(contactConsentEvents.id));
}

export function listConsentEvents(
  db: Db,
  workspaceId: string,
  contactId: string,
  f: { channel?: ConsentChannel | undefined; beforeId?: string | undefined; limit: number },
): Promise<ConsentEventRow[]> {
  return db
    .select()
    .from(contactConsentEvents)
    .where(
      and(
        eq(contactConsentEvents.workspaceId, workspaceId),
        eq(contactConsentEvents.contactId, contactId),
        f.channel ? eq(contactConsentEvents.channel, f.channel) : undefined,
        f.beforeId ? lt(contactConsentEvents.id, f.beforeId) : undefined,
      ),
    )
    .orderBy(desc(contactConsentEvents.id))
    .limit(f.limit + 1);
}
