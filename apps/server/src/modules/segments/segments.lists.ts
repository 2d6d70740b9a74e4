import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { Segment } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { idArray, selectRows, withWorkspace, type Db } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { isUuid } from '../../platform/pagination.js';
import { queueForSegments, recordSize } from './segments.membership.js';
import { segmentTopic } from './segments.topics.js';
import { createSegment, getSegment, iso, loadRow, nameOf, type MemberRow } from './segments.service.js';

/** Adds contacts to a static list, found by id, email or external id; reports those not found. */
export async function addListMembers(
  ctx: Ctx,
  id: string,
  keys: { contactIds?: string[] | undefined; emails?: string[] | undefined; externalIds?: string[] | undefined },
): Promise<{ added: number; alreadyMembers: number; notFound: { value: string; reason: string }[] }> {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const row = await loadRow(tx, ctx.workspaceId, id);
    if (row.kind !== 'static') throw new AppError('conflict', 'Members of a dynamic segment follow its definition; add them to a static list');
    const wanted = [
      ...(keys.contactIds ?? []).map((v) => ({ kind: 'id', value: v.trim().toLowerCase() })),
      // Emails are stored lower-cased.
      ...(keys.emails ?? []).map((v) => ({ kind: 'email', value: v.trim().toLowerCase() })),
      ...(keys.externalIds ?? []).map((v) => ({ kind: 'external_id', value: v.trim() })),
    ];
    // One indexed lookup per kind of key: an OR of the three in one join would read every contact per key.
    const found = await selectRows<{ ord: number; id: string }>(
      tx,
      sql`with k as (select v->>'kind' as kind, v->>'value' as value, ord::int from jsonb_array_elements(${JSON.stringify(wanted)}::jsonb) with ordinality as x(v, ord)),
          live as not materialized (select id, email, external_id from contacts where workspace_id = ${ctx.workspaceId} and deleted_at is null)
          select k.ord, c.id from k join live c on c.id = any(${idArray(wanted.filter((w) => w.kind === 'id' && isUuid(w.value)).map((w) => w.value), 'uuid')}) and c.id::text = k.value where k.kind = 'id'
          union all
          select k.ord, c.id from k join live c on c.email = k.value where k.kind = 'email'
          union all
          select k.ord, c.id from k join live c on c.external_id = k.value where k.kind = 'external_id'`,
    );
    const hit = new Set(found.map((f) => f.ord - 1));
    const ids = [...new Set(found.map((f) => f.id))];
    const [added] = await selectRows<{ n: number; ids: string[] }>(
      tx,
      sql`with ins as (
            insert into segment_members (workspace_id, segment_id, contact_id, entered_at)
            select ${ctx.workspaceId}, ${id}::uuid, cid, now() from unnest(${idArray(ids, 'uuid')}) as cid
            on conflict (segment_id, contact_id) where exited_at is null do nothing returning contact_id
          ), announced as (
            insert into domain_events (workspace_id, kind, contact_id, data)
            select ${ctx.workspaceId}, 'segment.entered', contact_id, ${JSON.stringify({ segmentId: id, segmentName: row.name })}::jsonb from ins
          )
          select count(*)::int as n, coalesce(array_agg(contact_id), '{}') as ids from ins`,
    );
    await queueForSegments(tx, ctx.workspaceId, added?.ids ?? [], [segmentTopic(id)]);
    await recordSize(tx, ctx.workspaceId, id, null);
    return {
      added: added?.n ?? 0,
      alreadyMembers: ids.length - (added?.n ?? 0),
      notFound: wanted.filter((_, i) => !hit.has(i)).map((w) => ({ value: w.value, reason: `No contact with this ${w.kind.replace('_', ' ')}` })),
    };
  });
}

export async function removeListMembers(ctx: Ctx, id: string, contactIds: string[]): Promise<{ removed: number }> {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const row = await loadRow(tx, ctx.workspaceId, id);
    if (row.kind !== 'static') throw new AppError('conflict', 'Members of a dynamic segment follow its definition');
    const [removed] = await selectRows<{ n: number; ids: string[] }>(
      tx,
      sql`with gone as (
            update segment_members set exited_at = now()
            where workspace_id = ${ctx.workspaceId} and segment_id = ${id}::uuid and exited_at is null and contact_id = any(${idArray(contactIds.filter(isUuid), 'uuid')})
            returning contact_id
          ), announced as (
            insert into domain_events (workspace_id, kind, contact_id, data)
            select ${ctx.workspaceId}, 'segment.exited', contact_id, ${JSON.stringify({ segmentId: id, segmentName: row.name })}::jsonb from gone
          )
          select count(*)::int as n, coalesce(array_agg(contact_id), '{}') as ids from gone`,
    );
    await queueForSegments(tx, ctx.workspaceId, removed?.ids ?? [], [segmentTopic(id)]);
    await recordSize(tx, ctx.workspaceId, id, null);
    return { removed: removed?.n ?? 0 };
  });
}

/** A static list holding the segment's members as they are now. */
export async function snapshotSegment(ctx: Ctx, id: string, name: string): Promise<Segment> {
  const source = await getSegment(ctx, id);
  const list = await createSegment(ctx, { name, description: `Snapshot of ${source.name}`, kind: 'static' });
  await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    await tx.execute(sql`
      insert into segment_members (workspace_id, segment_id, contact_id, entered_at)
      select ${ctx.workspaceId}, ${list.id}::uuid, contact_id, now() from segment_members
      where workspace_id = ${ctx.workspaceId} and segment_id = ${id}::uuid and exited_at is null`);
    await recordSize(tx, ctx.workspaceId, list.id, null);
  });
  return getSegment(ctx, list.id);
}

export interface ExportRow {
  contactId: string;
  displayName: string | null;
  email: string | null;
  phone: string | null;
  enteredAt: string;
}

/** One page of members for CSV export, oldest first by membership row. */
export async function exportPage(ctx: Ctx, id: string, cursor: string | undefined): Promise<{ rows: ExportRow[]; nextCursor: string | null }> {
  const after = cursor ?? '0';
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    await loadRow(tx, ctx.workspaceId, id);
    const rows = await selectRows<MemberRow>(
      tx,
      sql`select sm.id::text as row_id, sm.contact_id, c.first_name, c.last_name, c.display_name, c.email, c.phone, sm.entered_at
          from segment_members sm join contacts c on c.workspace_id = ${ctx.workspaceId} and c.id = sm.contact_id
          where sm.workspace_id = ${ctx.workspaceId} and sm.segment_id = ${id}::uuid and sm.exited_at is null and sm.id > ${after}::bigint
          order by sm.id limit 1000`,
    );
    return {
      rows: rows.map((r) => ({ contactId: r.contact_id, displayName: nameOf(r), email: r.email, phone: r.phone, enteredAt: iso(r.entered_at)! })),
      nextCursor: rows.length === 1000 ? rows[rows.length - 1]!.row_id : null,
    };
  });
}

/**
 * SHA-256 of a normalised identifier, as ad platforms match audiences: an email trimmed and
 * lower-cased; a phone in E.164 digits without the plus (stored phones are E.164 already).
 */
export const hashEmail = (email: string | null) => (email ? createHash('sha256').update(email.trim().toLowerCase()).digest('hex') : '');
export const hashPhone = (phone: string | null) => (phone ? createHash('sha256').update(phone.replace(/[^0-9]/g, '')).digest('hex') : '');

/**
 * One page of an audience (members of any included segment, of no excluded one, live contacts
 * only) after a contact id, and where the next page starts: null at the end. Members are read
 * per included segment in key order and merged, then checked against contacts and exclusions by
 * primary key, so a page costs its own size. (A join of members to contacts made the planner read
 * every contact for every page: 0.5 to 2.8 s a page at 1M members, against 28 to 48 ms.)
 */
export async function audiencePage(
  tx: Db,
  workspaceId: string,
  audience: { include: string[]; exclude: string[] },
  after: string | null,
  limit: number,
): Promise<{ ids: string[]; next: string | null }> {
  const candidates = await selectRows<{ contact_id: string }>(
    tx,
    sql`select distinct s.contact_id from unnest(${idArray(audience.include, 'uuid')}) as seg(id)
        cross join lateral (
          select m.contact_id from segment_members m
          where m.workspace_id = ${workspaceId} and m.segment_id = seg.id and m.exited_at is null
            ${after ? sql`and m.contact_id > ${after}::uuid` : sql``}
          order by m.contact_id limit ${limit}) s
        order by s.contact_id limit ${limit}`,
  );
  if (!candidates.length) return { ids: [], next: null };
  const ids = candidates.map((r) => r.contact_id);
  const kept = await selectRows<{ id: string }>(
    tx,
    sql`select c.id from contacts c
        where c.workspace_id = ${workspaceId} and c.id = any(${idArray(ids, 'uuid')}) and c.deleted_at is null and c.merged_into is null
          ${audience.exclude.length ? sql`and not exists (select 1 from segment_members x where x.workspace_id = ${workspaceId} and x.segment_id = any(${idArray(audience.exclude, 'uuid')}) and x.contact_id = c.id and x.exited_at is null)` : sql``}
        order by c.id`,
  );
  // The next page starts after the last member read, kept or not: filtering must not end the audience early.
  return { ids: kept.map((r) => r.id), next: candidates.length < limit ? null : ids.at(-1)! };
}

/**
 * The distinct live contacts of an audience (members of any included segment, of no excluded
 * one), as a subquery with one column, contact_id, for counting without loading them.
 */
export function audienceQuery(workspaceId: string, audience: { include: string[]; exclude: string[] }): SQL {
  return sql`select distinct m.contact_id from segment_members m
      join contacts c on c.workspace_id = ${workspaceId} and c.id = m.contact_id and c.deleted_at is null and c.merged_into is null
      where m.workspace_id = ${workspaceId} and m.segment_id = any(${idArray(audience.include, 'uuid')}) and m.exited_at is null
        ${audience.exclude.length ? sql`and not exists (select 1 from segment_members x where x.segment_id = any(${idArray(audience.exclude, 'uuid')}) and x.contact_id = m.contact_id and x.exited_at is null)` : sql``}`;
}

/** Which of these segment ids are the workspace's. */
export async function existingSegmentIds(tx: Db, workspaceId: string, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await selectRows<{ id: string }>(tx, sql`select id from segments where workspace_id = ${workspaceId} and id = any(${idArray(ids, 'uuid')})`);
  return new Set(rows.map((r) => r.id));
}
