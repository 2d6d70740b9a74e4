import { and, desc, eq } from 'drizzle-orm';
import { beforeKey, microsOf, type TimelineSource } from '../../platform/timeline.js';
import { contactConsentEvents } from './consent.schema.js';
import { contactMerges } from './contacts.schema.js';

const c = contactConsentEvents;
export const consentTimelineSource: TimelineSource = {
  kind: 'consent',
  entities: ['contact'],
  fetch: async (tx, workspaceId, ref, before, limit) => {
    const rows = await tx
      .select({ row: c, us: microsOf(c.createdAt) })
      .from(c)
      .where(and(eq(c.workspaceId, workspaceId), eq(c.contactId, ref.id), beforeKey('consent', c.createdAt, c.id, before)))
      .orderBy(desc(c.createdAt), desc(c.id))
      .limit(limit);
    return rows.map(({ row, us }) => ({
      id: `consent:${row.id}`,
      kind: 'consent',
      us: BigInt(us),
      actorLabel: row.actorLabel,
      data: { channel: row.channel, status: row.status, source: row.source, proofText: row.proofText },
    }));
  },
};

const m = contactMerges;
/** Merges into this contact; undone ones stay on the timeline, marked undone. */
export const mergeTimelineSource: TimelineSource = {
  kind: 'merge',
  entities: ['contact'],
  fetch: async (tx, workspaceId, ref, before, limit) => {
    const rows = await tx
      .select({ row: m, us: microsOf(m.createdAt) })
      .from(m)
      .where(and(eq(m.workspaceId, workspaceId), eq(m.survivorId, ref.id), beforeKey('merge', m.createdAt, m.id, before)))
      .orderBy(desc(m.createdAt), desc(m.id))
      .limit(limit);
    return rows.map(({ row, us }) => ({
      id: `merge:${row.id}`,
      kind: 'merge',
      us: BigInt(us),
      actorLabel: row.actorLabel,
      data: { mergeId: row.id, mergedId: row.mergedId, mergedName: row.mergedName, survivorId: row.survivorId, status: row.status, undoneAt: row.undoneAt?.toISOString() ?? null },
    }));
  },
};
