import { sql } from 'drizzle-orm';
import { loadConfig } from '../../config.js';
import { selectRows, type Database } from '../../platform/db.js';
import type { JobDefinition } from '../../platform/jobs.js';

/** The smallest UUIDv7 of a moment: outbox ids are v7, so "older than" is an index range on the key. */
export function uuidv7Floor(at: Date): string {
  const hex = Math.max(0, at.getTime()).toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7000-8000-000000000000`;
}

/**
 * Deletes outbox mail older than `days`, a few thousand rows a statement so a backlog never
 * holds one long lock. The sends keep their record; the outbox is only a copy of what went out,
 * and on the embedded database a campaign's copies would otherwise grow without end.
 */
export async function deleteOldOutbox(database: Database, days: number, now = new Date()): Promise<number> {
  const bound = uuidv7Floor(new Date(now.getTime() - days * 86_400_000));
  let deleted = 0;
  for (;;) {
    const [row] = await selectRows<{ n: number }>(
      database.db,
      sql`with gone as (delete from message_outbox where id in (select id from message_outbox where id < ${bound}::uuid order by id limit 5000) returning 1)
          select count(*)::int as n from gone`,
    );
    deleted += row?.n ?? 0;
    if ((row?.n ?? 0) < 5000) return deleted;
  }
}

export const outboxRetentionJob: JobDefinition = {
  name: 'messaging.outbox-retention',
  cron: '41 3 * * *',
  handler: async (_data, { database, log }) => {
    const days = loadConfig().outboxRetentionDays;
    const deleted = await deleteOldOutbox(database, days);
    if (deleted) log.info({ deleted, days }, 'deleted outbox mail past its retention');
  },
};
