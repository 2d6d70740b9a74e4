import { and, desc, eq, inArray } from 'drizzle-orm';
import { beforeKey, microsOf, type TimelineSource } from '../../platform/timeline.js';
import { tasks } from './tasks.schema.js';

/**
 * A contact's tasks, at the moment each was created, with what they are now: data {taskId,
 * title, status, dueAt, assigneeId, queue, doneAt, sourceKind, sourceId}.
 */
export const taskTimelineSource: TimelineSource = {
  kind: 'task',
  entities: ['contact'],
  fetch: async (tx, workspaceId, ref, before, limit) => {
    const rows = await tx
      .select({ row: tasks, us: microsOf(tasks.createdAt) })
      .from(tasks)
      .where(and(eq(tasks.workspaceId, workspaceId), inArray(tasks.contactId, [ref.id, ...(ref.absorbed ?? [])]), beforeKey('task', tasks.createdAt, tasks.id, before)))
      .orderBy(desc(tasks.createdAt), desc(tasks.id))
      .limit(limit);
    return rows.map(({ row, us }) => ({
      id: `task:${row.id}`,
      kind: 'task',
      us: BigInt(us),
      actorLabel: row.createdBy,
      data: {
        taskId: row.id,
        title: row.title,
        status: row.status,
        dueAt: row.dueAt?.toISOString() ?? null,
        assigneeId: row.assigneeId,
        queue: row.queue,
        doneAt: row.doneAt?.toISOString() ?? null,
        sourceKind: row.sourceKind,
        sourceId: row.sourceId,
      },
    }));
  },
};
