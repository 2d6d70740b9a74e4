import { sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import {
  segmentInputSchema,
  segmentPatchSchema,
  type Segment,
  type SegmentGroup,
  type SegmentInput,
  type SegmentMember,
  type SegmentMembershipChange,
  type SegmentPatch,
  type SegmentPreview,
  type PageQuery,
} from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { idArray, selectRows, withWorkspace, type Db } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { displayName } from '../contacts/index.js';
import { decodeCursor, isUuid, toPage } from '../../platform/pagination.js';
import { compileSegment, referencedSegments } from './segments.compile.js';
import { segmentCatalog, segmentEnv } from './segments.fields.js';
import { allowWideSets, matchingSql, recordSize, refreshSegment, retag } from './segments.membership.js';

interface SegmentRow {
  id: string;
  name: string;
  description: string | null;
  kind: 'dynamic' | 'static';
  definition: SegmentGroup | null;
  auto_tag: string | null;
  size: number;
  computed_at: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

export const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
/** Days of trend each segment carries in lists. */
const trendDays = 30;

async function trends(tx: Db, workspaceId: string, ids: string[]): Promise<Map<string, { day: string; size: number }[]>> {
  const out = new Map<string, { day: string; size: number }[]>();
  if (!ids.length) return out;
  const rows = await selectRows<{ segment_id: string; day: string; size: number }>(
    tx,
    sql`select segment_id, day::text as day, size from segment_sizes
        where workspace_id = ${workspaceId} and segment_id = any(${idArray(ids, 'uuid')}) and day > current_date - ${trendDays}::int
        order by segment_id, day`,
  );
  for (const r of rows) out.set(r.segment_id, [...(out.get(r.segment_id) ?? []), { day: r.day, size: r.size }]);
  return out;
}

const toSegment = (r: SegmentRow, trend: { day: string; size: number }[]): Segment => ({
  id: r.id,
  name: r.name,
  description: r.description,
  kind: r.kind,
  definition: r.definition,
  autoTag: r.auto_tag,
  size: r.size,
  trend,
  computedAt: iso(r.computed_at),
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
});

const columns = sql`id, name, description, kind, definition, auto_tag, size, computed_at, created_at, updated_at`;

export async function loadRow(tx: Db, workspaceId: string, id: string): Promise<SegmentRow> {
  if (!isUuid(id)) throw notFound('Segment');
  const [row] = await selectRows<SegmentRow>(tx, sql`select ${columns} from segments where workspace_id = ${workspaceId} and id = ${id}::uuid`);
  if (!row) throw notFound('Segment');
  return row;
}

/** What conditions may name, for the builder. */
export const getCatalog = (ctx: Ctx) => withWorkspace(ctx.db, ctx.workspaceId, (tx) => segmentCatalog(tx, ctx.workspaceId));

export async function listSegments(ctx: Ctx): Promise<Segment[]> {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const rows = await selectRows<SegmentRow>(tx, sql`select ${columns} from segments where workspace_id = ${ctx.workspaceId} order by lower(name)`);
    const t = await trends(tx, ctx.workspaceId, rows.map((r) => r.id));
    return rows.map((r) => toSegment(r, t.get(r.id) ?? []));
  });
}

export async function getSegment(ctx: Ctx, id: string): Promise<Segment> {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const row = await loadRow(tx, ctx.workspaceId, id);
    return toSegment(row, (await trends(tx, ctx.workspaceId, [row.id])).get(row.id) ?? []);
  });
}

/** Names are unique per workspace, whatever their case (the unique index backs this up). */
async function assertNameFree(tx: Db, workspaceId: string, name: string, selfId: string): Promise<void> {
  const [taken] = await selectRows<{ id: string }>(
    tx,
    sql`select id from segments where workspace_id = ${workspaceId} and lower(name) = lower(${name}) and id <> ${selfId}::uuid`,
  );
  if (taken) throw new AppError('conflict', 'A segment or list of that name exists', { errors: [{ path: 'name', message: 'Already in use' }] });
}

/** Saves a segment or list and, for a dynamic one, computes its members before answering. */
export async function createSegment(ctx: Ctx, input: SegmentInput): Promise<Segment> {
  const data = segmentInputSchema.parse(input);
  if (data.kind === 'dynamic' && !data.definition) {
    throw new AppError('validation_failed', 'A dynamic segment needs a definition', { errors: [{ path: 'definition', message: 'Required' }] });
  }
  if (data.kind === 'static' && (data.definition || data.autoTag)) {
    throw new AppError('validation_failed', 'A static list has members, not a definition or an auto tag', {
      errors: [{ path: data.definition ? 'definition' : 'autoTag', message: 'Not for static lists' }],
    });
  }
  const id = uuidv7();
  await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const env = await segmentEnv(tx, ctx.workspaceId, id);
    if (data.definition) compileSegment(data.definition, env);
    await assertNameFree(tx, ctx.workspaceId, data.name, id);
    await tx.execute(
        sql`insert into segments (id, workspace_id, name, description, kind, definition, auto_tag)
            values (${id}::uuid, ${ctx.workspaceId}, ${data.name}, ${data.description ?? null}, ${data.kind},
                    ${data.definition ? JSON.stringify(data.definition) : null}::jsonb, ${data.autoTag ?? null})`,
    );
    if (data.definition) await refreshSegment(tx, env, { id, name: data.name, definition: data.definition, autoTag: data.autoTag ?? null }, null);
    else await recordSize(tx, ctx.workspaceId, id, null);
  });
  return getSegment(ctx, id);
}

export async function updateSegment(ctx: Ctx, id: string, patch: SegmentPatch): Promise<Segment> {
  const data = segmentPatchSchema.parse(patch);
  await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const row = await loadRow(tx, ctx.workspaceId, id);
    if (row.kind === 'static' && (data.definition || data.autoTag)) {
      throw new AppError('validation_failed', 'A static list has members, not a definition or an auto tag', {
        errors: [{ path: data.definition ? 'definition' : 'autoTag', message: 'Not for static lists' }],
      });
    }
    const env = await segmentEnv(tx, ctx.workspaceId, id);
    const definition = data.definition ?? row.definition;
    if (data.definition) compileSegment(data.definition, env);
    const autoTag = data.autoTag === undefined ? row.auto_tag : data.autoTag;
    if (data.name) await assertNameFree(tx, ctx.workspaceId, data.name, id);
    await tx.execute(
        sql`update segments set name = ${data.name ?? row.name}, description = ${data.description === undefined ? row.description : data.description},
              definition = ${definition ? JSON.stringify(definition) : null}::jsonb, auto_tag = ${autoTag}, updated_at = now()
            where workspace_id = ${ctx.workspaceId} and id = ${id}::uuid`,
    );
    if (definition && data.definition) await refreshSegment(tx, env, { id, name: data.name ?? row.name, definition, autoTag }, null);
    if (autoTag !== row.auto_tag) await retag(tx, ctx.workspaceId, await currentMemberIds(tx, ctx.workspaceId, id));
  });
  return getSegment(ctx, id);
}

async function currentMemberIds(tx: Db, workspaceId: string, segmentId: string): Promise<string[]> {
  const rows = await selectRows<{ contact_id: string }>(
    tx,
    sql`select contact_id from segment_members where workspace_id = ${workspaceId} and segment_id = ${segmentId}::uuid and exited_at is null`,
  );
  return rows.map((r) => r.contact_id);
}

/** Deletes a segment or list; refused while another segment's definition refers to it. */
export async function deleteSegment(ctx: Ctx, id: string): Promise<void> {
  await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const row = await loadRow(tx, ctx.workspaceId, id);
    const others = await selectRows<{ name: string; definition: SegmentGroup | null }>(
      tx,
      sql`select name, definition from segments where workspace_id = ${ctx.workspaceId} and id <> ${id}::uuid and definition is not null`,
    );
    const users = others.filter((o) => o.definition && referencedSegments(o.definition).includes(id)).map((o) => o.name);
    if (users.length) throw new AppError('conflict', `Used by ${users.join(', ')}; change those first`);
    const members = row.auto_tag ? await currentMemberIds(tx, ctx.workspaceId, id) : [];
    await tx.execute(sql`delete from segments where workspace_id = ${ctx.workspaceId} and id = ${id}::uuid`);
    await retag(tx, ctx.workspaceId, members);
  });
}

const sampleSize = 20;

/** How many contacts a definition matches now, and a sample of them, without saving anything. */
export async function previewSegment(ctx: Ctx, definition: SegmentGroup, selfId?: string): Promise<SegmentPreview> {
  const started = performance.now();
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const matching = matchingSql(await segmentEnv(tx, ctx.workspaceId, selfId), definition, selfId, null);
    await allowWideSets(tx);
    // One evaluation for both, its ids kept in memory; the sample's names are then read by id.
    const [found] = await selectRows<{ total: number; ids: string[] }>(
      tx,
      sql`with ${matching}
          select (select count(*) from matching)::int as total, array(select id from matching limit ${sampleSize}) as ids`,
    );
    const ids = found?.ids ?? [];
    const rows = ids.length
      ? await selectRows<{ id: string } & NameColumns>(
          tx,
          sql`select id, first_name, last_name, display_name, email, phone from contacts where workspace_id = ${ctx.workspaceId} and id = any(${idArray(ids, 'uuid')})`,
        )
      : [];
    const sample = ids.map((id) => rows.find((r) => r.id === id)).filter((r): r is NonNullable<typeof r> => r !== undefined);
    return {
      count: found?.total ?? 0,
      sample: sample.map((s) => ({ id: s.id, displayName: nameOf(s), email: s.email, phone: s.phone })),
      tookMs: Math.round(performance.now() - started),
    };
  });
}

interface NameColumns {
  first_name: string | null;
  last_name: string | null;
  display_name: string | null;
  email: string | null;
  phone: string | null;
}
export const nameOf = (r: NameColumns) =>
  displayName({ firstName: r.first_name, lastName: r.last_name, displayName: r.display_name, email: r.email, phone: r.phone }) || null;

export interface MemberRow extends NameColumns {
  row_id: string;
  contact_id: string;
  entered_at: Date | string;
}

/** Current members, newest first, a page at a time. */
export async function listMembers(ctx: Ctx, id: string, q: PageQuery): Promise<{ data: SegmentMember[]; nextCursor: string | null }> {
  const after = decodeCursor(q.cursor, (k) => /^\d+$/.test(k));
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    await loadRow(tx, ctx.workspaceId, id);
    const rows = await selectRows<MemberRow>(
      tx,
      sql`select sm.id::text as row_id, sm.contact_id, c.first_name, c.last_name, c.display_name, c.email, c.phone, sm.entered_at
          from segment_members sm join contacts c on c.workspace_id = ${ctx.workspaceId} and c.id = sm.contact_id
          where sm.workspace_id = ${ctx.workspaceId} and sm.segment_id = ${id}::uuid and sm.exited_at is null
            ${after ? sql`and sm.id < ${after}::bigint` : sql``}
          order by sm.id desc limit ${q.limit + 1}`,
    );
    const page = toPage(rows, q.limit, (r) => r.row_id);
    return {
      data: page.data.map((r) => ({ contactId: r.contact_id, displayName: nameOf(r), email: r.email, phone: r.phone, enteredAt: iso(r.entered_at)! })),
      nextCursor: page.nextCursor,
    };
  });
}

/** Entries and exits, newest first: each stay gives an entry and, once it ended, an exit. */
export async function listHistory(ctx: Ctx, id: string, q: PageQuery): Promise<{ data: SegmentMembershipChange[]; nextCursor: string | null }> {
  const after = decodeCursor(q.cursor, (k) => /^\d+\|\d+$/.test(k));
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    await loadRow(tx, ctx.workspaceId, id);
    const [us, rowId] = after ? after.split('|') : [];
    const rows = await selectRows<{ us: string; row_id: string; contact_id: string; change: 'entered' | 'exited'; at: string } & NameColumns>(
      tx,
      sql`select * from (
            select (extract(epoch from x.at) * 1000000)::bigint::text as us, x.row_id, x.contact_id, c.first_name, c.last_name, c.display_name, c.email, c.phone, x.change, x.at
            from (
              select id::text as row_id, contact_id, 'entered' as change, entered_at as at, id * 2 as ord from segment_members
                where workspace_id = ${ctx.workspaceId} and segment_id = ${id}::uuid
              union all
              select id::text, contact_id, 'exited', exited_at, id * 2 + 1 from segment_members
                where workspace_id = ${ctx.workspaceId} and segment_id = ${id}::uuid and exited_at is not null
            ) x left join contacts c on c.workspace_id = ${ctx.workspaceId} and c.id = x.contact_id
          ) h
          ${us ? sql`where (h.us::bigint, h.row_id::bigint * 2 + (h.change = 'exited')::int) < (${us}::bigint, ${rowId}::bigint)` : sql``}
          order by h.us::bigint desc, h.row_id::bigint * 2 + (h.change = 'exited')::int desc limit ${q.limit + 1}`,
    );
    const page = toPage(rows, q.limit, (r) => `${r.us}|${Number(r.row_id) * 2 + (r.change === 'exited' ? 1 : 0)}`);
    return {
      data: page.data.map((r) => ({ contactId: r.contact_id, contactName: nameOf(r), change: r.change, at: iso(r.at)! })),
      nextCursor: page.nextCursor,
    };
  });
}
