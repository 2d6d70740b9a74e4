import { sql } from 'drizzle-orm';
import { idArray, selectRows, textArray } from '../../platform/db.js';
import { beforeKey, microsOf, type TimelineSource } from '../../platform/timeline.js';

/**
 * Timeline entries from the domain events of a contact (and of the contacts merged into it):
 * `toData` turns an event's kind and data into the entry's data.
 */
function domainEventSource(kind: string, eventKinds: string[], toData: (eventKind: string, data: Record<string, unknown>) => Record<string, unknown>): TimelineSource {
  return {
    kind,
    entities: ['contact'],
    fetch: async (tx, workspaceId, ref, before, limit) => {
      const rows = await selectRows<{ id: string; us: string; kind: string; data: Record<string, unknown> }>(
        tx,
        sql`select d.id::text as id, ${microsOf(sql`d.occurred_at`)} as us, d.kind, d.data from domain_events d
            where d.workspace_id = ${workspaceId} and d.contact_id = any(${idArray([ref.id, ...(ref.absorbed ?? [])], 'uuid')})
              and d.kind = any(${textArray(eventKinds)})
              ${before ? sql`and ${beforeKey(kind, sql`d.occurred_at`, sql`d.id`, before)}` : sql``}
            order by d.occurred_at desc, d.id desc limit ${limit}`,
      );
      return rows.map((r) => ({ id: `${kind}:${r.id}`, kind, us: BigInt(r.us), actorLabel: null, data: toData(r.kind, r.data) }));
    },
  };
}

/** Segment entries and exits, with the auto tag each brought or took away: data {change, segmentId, segmentName, autoTag}. */
export const segmentTimelineSource = domainEventSource('segment', ['segment.entered', 'segment.exited'], (kind, data) => ({
  change: kind === 'segment.entered' ? 'entered' : 'exited',
  ...data,
}));

/** Changes of NASLD state and of lifecycle stage made by the models and rules: data {model, from, to}. */
export const modelTimelineSource = domainEventSource('model', ['nasld.changed', 'lifecycle.changed'], (kind, data) => ({
  model: kind === 'nasld.changed' ? 'nasld' : 'lifecycle',
  ...data,
}));
