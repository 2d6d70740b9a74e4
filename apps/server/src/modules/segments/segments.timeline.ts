import { sql } from 'drizzle-orm';
import { selectRows } from '../../platform/db.js';
import { beforeKey, microsOf, type TimelineSource } from '../../platform/timeline.js';

/**
 * Segment entries and exits of a contact, with the auto tag each brought or took away, from the
 * domain events that announced them.
 */
export const segmentTimelineSource: TimelineSource = {
  kind: 'segment',
  entities: ['contact'],
  fetch: async (tx, workspaceId, ref, before, limit) => {
    const ids = [ref.id, ...(ref.absorbed ?? [])];
    const rows = await selectRows<{ id: string; us: string; kind: string; data: Record<string, unknown> }>(
      tx,
      sql`select d.id::text as id, ${microsOf(sql`d.occurred_at`)} as us, d.kind, d.data from domain_events d
          where d.workspace_id = ${workspaceId} and d.contact_id = any(${sql`${`{${ids.join(',')}}`}::uuid[]`})
            and d.kind in ('segment.entered', 'segment.exited')
            ${before ? sql`and ${beforeKey('segment', sql`d.occurred_at`, sql`d.id`, before)}` : sql``}
          order by d.occurred_at desc, d.id desc limit ${limit}`,
    );
    return rows.map((r) => ({
      id: `segment:${r.id}`,
      kind: 'segment',
      us: BigInt(r.us),
      actorLabel: null,
      data: { change: r.kind === 'segment.entered' ? 'entered' : 'exited', ...r.data },
    }));
  },
};
