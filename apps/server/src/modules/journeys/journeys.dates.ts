import { sql } from 'drizzle-orm';
import type { JobDefinition } from '../../platform/jobs.js';
import { selectRows, withWorkspace, type Database, type Db } from '../../platform/db.js';
import { contactFields } from '../contacts/index.js';
import { liveJourneys, type LiveJourney } from './journeys.definitions.js';
import { enrolContacts } from './journeys.enrol.js';
import { workspaceTimeZone } from './journeys.messaging.js';
import { addDays, dateOccurrence, knownZone } from './journeys.time.js';
import { findDateField } from './journeys.validate.js';

/** Contacts read per transaction of the scan. */
const page = 2000;

/**
 * One page of a date-triggered journey's candidates after `afterId`: contacts whose date (plus the
 * offset) falls within a day of today in UTC, which covers every time zone's today; the exact
 * local test follows in JavaScript.
 */
async function scanPage(tx: Db, ws: string, j: LiveJourney, now: Date, afterId: string | null): Promise<{ last: string | null; enrolled: number }> {
  const t = j.definition.trigger;
  if (t.type !== 'date') return { last: null, enrolled: 0 };
  const field = findDateField(await contactFields(tx, ws), t.field);
  if (!field) return { last: null, enrolled: 0 };
  const today = now.toISOString().slice(0, 10);
  const days = [addDays(today, -1), today, addDays(today, 1)];
  const shifted = sql`((${field.expr})::date + ${t.offsetDays}::int)`;
  // A 29 February fires on the 28th in other years, so that day looks at both.
  const monthDays = [...new Set(days.flatMap((d) => (d.endsWith('02-28') ? ['02-28', '02-29'] : [d.slice(5)])))];
  const near = t.recurring ? sql`to_char(${shifted}, 'MM-DD') = any(${`{${monthDays.join(',')}}`}::text[])` : sql`${shifted} between ${days[0]}::date and ${days[2]}::date`;
  const rows = await selectRows<{ id: string; timezone: string | null; d: string }>(
    tx,
    sql`select contacts.id, contacts.timezone, (${field.expr})::date::text as d from contacts
        where contacts.workspace_id = ${ws} and contacts.deleted_at is null and (${field.expr}) is not null and ${near}
          ${afterId ? sql`and contacts.id > ${afterId}::uuid` : sql``}
        order by contacts.id limit ${page}`,
  );
  const tz = await workspaceTimeZone(tx, ws);
  const items = rows.flatMap((r) => {
    const occurrence = dateOccurrence(now, knownZone(r.timezone) ?? tz, r.d, t.offsetDays, t.recurring, t.at);
    return occurrence ? [{ contactId: r.id, occurrence, event: { field: t.field, date: r.d }, triggerAt: now }] : [];
  });
  const enrolled = items.length ? (await enrolContacts(tx, ws, j, items)).size : 0;
  return { last: rows.length === page ? rows[rows.length - 1]!.id : null, enrolled };
}

/**
 * Enrols the contacts whose date-triggered journeys fire now: their date (birthday, a custom date,
 * offset by the trigger's days) is today in their time zone (or the workspace's) and the local
 * time has reached the trigger's. Each occurrence enters once (the run keeps the local date), so
 * the scan may run as often as wanted. Returns how many contacts entered.
 */
export async function enrolDateTriggers(database: Database, now = new Date()): Promise<number> {
  const spaces = await selectRows<{ workspace_id: string }>(database.db, sql`select distinct workspace_id from journeys where status = 'live' and trigger_kind = 'date'`);
  let total = 0;
  for (const { workspace_id: ws } of spaces) {
    const list = await withWorkspace(database.db, ws, (tx) => liveJourneys(tx, ws, ['date']));
    for (const j of list) {
      let after: string | null = null;
      do {
        const from: string | null = after;
        const r: { last: string | null; enrolled: number } = await withWorkspace(database.db, ws, (tx) => scanPage(tx, ws, j, now, from));
        total += r.enrolled;
        after = r.last;
      } while (after);
    }
  }
  return total;
}

/** Date triggers fire within a quarter of an hour of their local time. */
export const journeyDatesJob: JobDefinition = {
  name: 'journeys.dates',
  cron: '*/15 * * * *',
  handler: async (_data, { database }) => {
    await enrolDateTriggers(database);
  },
};
