import { sql } from 'drizzle-orm';
import { selectRows, withWorkspace, type Database } from '../../platform/db.js';
import { liveJourneys, type LiveJourney } from './journeys.definitions.js';
import { enrolContacts, type EnrolItem } from './journeys.enrol.js';

interface Signal {
  kind: string;
  contact_id: string;
  data: Record<string, unknown>;
  occurred_at: string;
}

/** Signals taken per transaction: enough to enrol quickly, few enough to keep PGlite's one connection free. */
const batch = { pglite: 500, postgres: 2000 } as const;

/** Whether a signal (a domain event) starts this journey. */
function starts(j: LiveJourney, s: Signal): boolean {
  const t = j.definition.trigger;
  switch (t.type) {
    case 'segment_entered':
      return s.kind === 'segment.entered' && s.data.segmentId === t.segmentId;
    case 'segment_exited':
      return s.kind === 'segment.exited' && s.data.segmentId === t.segmentId;
    case 'model_changed':
      return s.kind === `${t.model}.changed` && s.data.to === t.to && (t.from === undefined || s.data.from === t.from);
    default:
      return false;
  }
}

/**
 * Enrols contacts from queued segment entries and exits and model changes: takes a batch of one
 * workspace's signals (SKIP LOCKED, so workers take disjoint ones), enrols the contacts in the
 * live journeys they start, and deletes the batch, all in one transaction. A crash puts the batch
 * back. Returns how many signals it took.
 */
export async function processSignals(database: Database): Promise<number> {
  const [next] = await selectRows<{ workspace_id: string }>(database.db, sql`select workspace_id from journey_signals order by id limit 1`);
  if (!next) return 0;
  const ws = next.workspace_id;
  return withWorkspace(database.db, ws, async (tx) => {
    const taken = await selectRows<Signal>(
      tx,
      sql`delete from journey_signals where id in (
            select id from journey_signals where workspace_id = ${ws} order by id limit ${batch[database.kind]} for update skip locked)
          returning kind, contact_id, data, occurred_at`,
    );
    if (!taken.length) return 0;
    taken.sort((a, b) => (a.occurred_at < b.occurred_at ? -1 : 1));
    for (const j of await liveJourneys(tx, ws, ['segment_entered', 'segment_exited', 'model_changed'])) {
      const items: EnrolItem[] = taken.filter((s) => starts(j, s)).map((s) => ({ contactId: s.contact_id, event: s.data, triggerAt: s.occurred_at }));
      if (items.length) await enrolContacts(tx, ws, j, items);
    }
    return taken.length;
  });
}
