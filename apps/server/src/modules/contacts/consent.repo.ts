import { and, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { ConsentChannel } from '@rapport/contracts';
import { selectRows, type Db } from '../../platform/db.js';
import { contactConsentEvents } from './consent.schema.js';

export type ConsentEventRow = typeof contactConsentEvents.$inferSelect;

export async function insertConsentEvent(db: Db, row: typeof contactConsentEvents.$inferInsert): Promise<ConsentEventRow> {
  const [created] = await db.insert(contactConsentEvents).values(row).returning();
  return created!;
}

/**
 * How many of `contactIds` (a subquery with a contact_id column) there are, and how many of them
 * are subscribed on `channel` now (their latest consent event says so).
 */
export async function countSubscribed(db: Db, workspaceId: string, channel: string, contactIds: SQL): Promise<{ contacts: number; subscribed: number }> {
  const [row] = await selectRows<{ contacts: number; subscribed: number }>(
    db,
    sql`select count(*)::int as contacts,
          count(*) filter (where (select e.status from contact_consent_events e
            where e.workspace_id = ${workspaceId} and e.contact_id = a.contact_id and e.channel = ${channel}
            order by e.id desc limit 1) = 'subscribed')::int as subscribed
        from (${contactIds}) a`,
  );
  return row ?? { contacts: 0, subscribed: 0 };
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
