import { sql } from 'drizzle-orm';
import { idArray, selectRows } from '../../platform/db.js';
import { beforeKey, microsOf, type TimelineSource } from '../../platform/timeline.js';

/**
 * A contact's journeys: entered, then completed, exited (with the reason) or failed, and
 * converted (the goal reached). Data {change, journeyId, journeyName, runId, version, reason}.
 */
export const journeyTimelineSource: TimelineSource = {
  kind: 'journey',
  entities: ['contact'],
  fetch: async (tx, workspaceId, ref, before, limit) => {
    const rows = await selectRows<{ entry: string; us: string; change: string; run_id: string; journey_id: string; name: string; version: number; reason: string | null }>(
      tx,
      sql`select x.entry, ${microsOf(sql`x.at`)} as us, x.change, x.run_id, x.journey_id, j.name, x.version, x.reason
          from (
            select r.id::text || ':entered' as entry, r.entered_at as at, 'entered' as change, r.id as run_id, r.journey_id, r.version, null as reason
              from journey_runs r where r.workspace_id = ${workspaceId} and r.contact_id = any(${idArray([ref.id, ...(ref.absorbed ?? [])], 'uuid')})
            union all
            select r.id::text || ':ended', r.ended_at, r.status, r.id, r.journey_id, r.version, r.exit_reason
              from journey_runs r where r.workspace_id = ${workspaceId} and r.contact_id = any(${idArray([ref.id, ...(ref.absorbed ?? [])], 'uuid')}) and r.ended_at is not null
            union all
            select r.id::text || ':converted', r.converted_at, 'converted', r.id, r.journey_id, r.version, null
              from journey_runs r where r.workspace_id = ${workspaceId} and r.contact_id = any(${idArray([ref.id, ...(ref.absorbed ?? [])], 'uuid')}) and r.converted_at is not null
          ) x join journeys j on j.id = x.journey_id
          ${before ? sql`where ${beforeKey('journey', sql`x.at`, sql`x.entry`, before)}` : sql``}
          order by x.at desc, ('journey:' || x.entry) collate "C" desc limit ${limit}`,
    );
    return rows.map((r) => ({
      id: `journey:${r.entry}`,
      kind: 'journey',
      us: BigInt(r.us),
      actorLabel: null,
      data: { change: r.change, journeyId: r.journey_id, journeyName: r.name, runId: r.run_id, version: r.version, reason: r.reason },
    }));
  },
};
