import type { Page, TimelineEntry } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { withWorkspace } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { decodeCursor, encodeCursor } from '../../platform/pagination.js';
import { newestFirst, type TimelineKey, type TimelineRef, type TimelineSource } from '../../platform/timeline.js';

function decodeKey(cursor: string | undefined): TimelineKey | undefined {
  const raw = decodeCursor(cursor, (k) => /^\d{1,20}\|[a-z_]{1,40}:[\w-]{1,64}$/.test(k));
  if (raw === undefined) return undefined;
  const [us, id] = raw.split('|') as [string, string];
  return { us: BigInt(us), id };
}

/**
 * A record's timeline, newest first: every source asked for the next page before the cursor, the
 * results merged. Each source's page is keyset-paginated too, so this stays cheap however long
 * the history grows.
 */
export async function getTimeline(
  ctx: Ctx,
  sources: TimelineSource[],
  ref: TimelineRef,
  q: { kinds?: string[] | undefined; limit: number; cursor?: string | undefined },
): Promise<Page<TimelineEntry>> {
  const known = new Set(sources.filter((s) => s.entities.includes(ref.entity)).map((s) => s.kind));
  const unknown = (q.kinds ?? []).filter((k) => !known.has(k));
  if (unknown.length) {
    throw new AppError('validation_failed', `Unknown timeline kinds: ${unknown.join(', ')}`, { errors: [{ path: 'kinds', message: `Known kinds: ${[...known].join(', ')}` }] });
  }
  const before = decodeKey(q.cursor);
  const active = sources.filter((s) => known.has(s.kind) && (!q.kinds || q.kinds.includes(s.kind)));
  const items = await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const all = [];
    for (const s of active) all.push(...(await s.fetch(tx, ctx.workspaceId, ref, before, q.limit + 1)));
    return all.sort(newestFirst);
  });
  const page = items.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    data: page.map((i) => ({ id: i.id, kind: i.kind, at: new Date(Number(i.us / 1000n)).toISOString(), actorLabel: i.actorLabel, data: i.data })),
    nextCursor: items.length > q.limit && last ? encodeCursor(`${last.us}|${last.id}`) : null,
  };
}
