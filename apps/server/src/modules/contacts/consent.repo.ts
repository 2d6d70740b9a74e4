import { and, desc, eq, inArray, lt } from 'drizzle-orm';
import type { ConsentChannel } from '@rapport/contracts';
import type { Db } from '../../platform/db.js';
import { contactConsentEvents } from './consent.schema.js';

export type ConsentEventRow = typeof contactConsentEvents.$inferSelect;

export async function insertConsentEvent(db: Db, row: typeof contactConsentEvents.$inferInsert): Promise<ConsentEventRow> {
  const [created] = await db.insert(contactConsentEvents).values(row).returning();
  return created!;
}

/** The current status per channel of many contacts; channels never set are absent. */
export async function currentConsents(db: Db, workspaceId: string, contactIds: string[]): Promise<Map<string, Map<string, ConsentEventRow['status']>>> {
  const out = new Map<string, Map<string, ConsentEventRow['status']>>();
  if (!contactIds.length) return out;
  const rows = await db
    .selectDistinctOn([contactConsentEvents.contactId, contactConsentEvents.channel], {
      contactId: contactConsentEvents.contactId,
      channel: contactConsentEvents.channel,
      status: contactConsentEvents.status,
    })
    .from(contactConsentEvents)
    .where(and(eq(contactConsentEvents.workspaceId, workspaceId), inArray(contactConsentEvents.contactId, contactIds)))
    .orderBy(contactConsentEvents.contactId, contactConsentEvents.channel, desc(contactConsentEvents.id));
  for (const r of rows) {
    if (!out.has(r.contactId)) out.set(r.contactId, new Map());
    out.get(r.contactId)!.set(r.channel, r.status);
  }
  return out;
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
