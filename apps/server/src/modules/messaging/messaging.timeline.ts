import { sql } from 'drizzle-orm';
import { idArray, selectRows } from '../../platform/db.js';
import { beforeKey, microsOf, type TimelineSource } from '../../platform/timeline.js';

/**
 * Messages to a contact, at the time they were asked for, with what became of them: sent,
 * skipped (and why), failed, or waiting. Opens and clicks appear as their own events.
 */
export const messageTimelineSource: TimelineSource = {
  kind: 'message',
  entities: ['contact'],
  fetch: async (tx, workspaceId, ref, before, limit) => {
    const rows = await selectRows<{ id: string; us: string; data: Record<string, unknown> }>(
      tx,
      sql`select s.id::text as id, ${microsOf(sql`s.created_at`)} as us,
            jsonb_build_object('sendId', s.id, 'channel', s.channel, 'status', s.status, 'reason', s.reason, 'subject', s.subject,
              'templateId', s.template_id, 'sourceKind', s.source_kind, 'sourceId', s.source_id, 'sentAt', s.sent_at,
              'openedAt', s.opened_at, 'clickedAt', s.clicked_at, 'convertedAt', s.converted_at, 'revenue', s.revenue) as data
          from message_sends s
          where s.workspace_id = ${workspaceId} and s.contact_id = any(${idArray([ref.id, ...(ref.absorbed ?? [])], 'uuid')})
            ${before ? sql`and ${beforeKey('message', sql`s.created_at`, sql`s.id`, before)}` : sql``}
          order by s.created_at desc, s.id desc limit ${limit}`,
    );
    return rows.map((r) => ({ id: `message:${r.id}`, kind: 'message', us: BigInt(r.us), actorLabel: null, data: r.data }));
  },
};
