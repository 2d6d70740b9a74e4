import { sql, type SQL } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { SegmentGroup, SegmentNode } from '@rapport/contracts';
import { idArray, selectRows, textArray, withWorkspace, type Database, type Db } from '../../platform/db.js';
import { startWorkerLoop, type WorkerLoop } from '../../platform/worker-loop.js';
import { compileSegment, referencedSegments, type SegmentEnv } from './segments.compile.js';
import { findModelSettings } from '../models/index.js';
import { segmentEnv } from './segments.fields.js';
import { applyLifecycle } from './segments.lifecycle.js';
import { concerns, eventDirection, segmentTopic, segmentTopics, settled, type Direction, type Topic } from './segments.topics.js';

export interface DynamicSegment {
  id: string;
  name: string;
  definition: SegmentGroup;
  autoTag: string | null;
}

/** Dynamic segments of a workspace, each after the segments its definition refers to. */
export async function dynamicSegmentsInOrder(tx: Db, workspaceId: string): Promise<DynamicSegment[]> {
  const rows = await selectRows<{ id: string; name: string; definition: SegmentGroup; auto_tag: string | null }>(
    tx,
    sql`select id, name, definition, auto_tag from segments where workspace_id = ${workspaceId} and kind = 'dynamic' and definition is not null order by created_at, id`,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: DynamicSegment[] = [];
  const placed = new Set<string>();
  const place = (id: string, trail: Set<string>) => {
    const r = byId.get(id);
    // Saving refuses cycles; the trail only guards against a definition written around the API.
    if (!r || placed.has(id) || trail.has(id)) return;
    trail.add(id);
    for (const dep of referencedSegments(r.definition)) place(dep, trail);
    placed.add(id);
    out.push({ id: r.id, name: r.name, definition: r.definition, autoTag: r.auto_tag });
  };
  for (const r of rows) place(r.id, new Set());
  return out;
}

export interface RefreshResult {
  entered: number;
  exited: number;
  /** Who entered or left, when only some contacts were evaluated (or the segment tags). */
  changed: string[];
}

/**
 * Evaluates a dynamic segment again, for these contacts or (null) for all, and records who entered
 * and who left: membership rows, a domain event each, auto tags, the size and today's size. Runs
 * inside the caller's transaction, so all of it commits together or not at all.
 */
export async function refreshSegment(tx: Db, env: SegmentEnv, seg: DynamicSegment, contactIds: string[] | null): Promise<RefreshResult> {
  const ws = env.workspaceId;
  const ids = contactIds ? idArray(contactIds, 'uuid') : null;
  // A refresh of every contact runs alone; refreshes of some contacts (the workers' passes, on
  // claims that seldom overlap) run side by side, and an entrant both insert is inserted once.
  await tx.execute(ids ? sql`select pg_advisory_xact_lock_shared(727276, hashtext(${seg.id}))` : sql`select pg_advisory_xact_lock(727276, hashtext(${seg.id}))`);
  await allowWideSets(tx);
  const [counts] = await selectRows<{ entered: number; exited: number; changed: string[] | null }>(
    tx,
    sql`with ${matchingSql(env, seg.definition, seg.id, ids)}, current as materialized (
        select sm.contact_id from segment_members sm
        where sm.workspace_id = ${ws} and sm.segment_id = ${seg.id}::uuid and sm.exited_at is null ${ids ? sql`and sm.contact_id = any(${ids})` : sql``}
      ), joining as (
        -- Set differences, which hash: anti-joins between the two CTEs ran as nested loops.
        select id from matching except all select contact_id from current
      ), leaving as (
        select contact_id from current except all select id from matching
      ), entered as (
        insert into segment_members (workspace_id, segment_id, contact_id, entered_at)
        select ${ws}, ${seg.id}::uuid, id, now() from joining
        on conflict (segment_id, contact_id) where exited_at is null do nothing
        returning contact_id
      ), exited as (
        update segment_members sm set exited_at = now()
        where sm.workspace_id = ${ws} and sm.segment_id = ${seg.id}::uuid and sm.exited_at is null and sm.contact_id in (select contact_id from leaving)
        returning sm.contact_id
      ), announced as (
        insert into domain_events (workspace_id, kind, contact_id, data)
        select ${ws}, 'segment.exited', contact_id, ${JSON.stringify({ segmentId: seg.id, segmentName: seg.name, autoTag: seg.autoTag })}::jsonb from exited
        union all
        select ${ws}, 'segment.entered', contact_id, ${JSON.stringify({ segmentId: seg.id, segmentName: seg.name, autoTag: seg.autoTag })}::jsonb from entered
      )
      select (select count(*) from entered)::int as entered, (select count(*) from exited)::int as exited,
        ${seg.autoTag || ids ? sql`(select array_agg(contact_id) from (select contact_id from entered union select contact_id from exited) x)` : sql`null`} as changed`,
  );
  const result = { entered: counts?.entered ?? 0, exited: counts?.exited ?? 0, changed: counts?.changed ?? [] };
  if (seg.autoTag && result.changed.length) await retag(tx, ws, result.changed);
  if (!contactIds || result.entered || result.exited) await recordSize(tx, ws, seg.id, contactIds ? result : null);
  return result;
}

const eventKinds = new Set<SegmentNode['type']>(['event', 'event_time', 'event_aggregate', 'event_sequence', 'message']);
const readsEvents = (n: SegmentNode): boolean => (n.type === 'group' ? n.children.some(readsEvents) : eventKinds.has(n.type));

/**
 * The `matching` CTE: the contacts (of `ids`, or all) the definition holds for. For some contacts,
 * the conditions of a top-level AND that read events, the costly ones (a busy contact has
 * thousands of events in a window), see only the contacts the other conditions let through:
 * "viewed ten times and never ordered" counts the views of the few who never ordered.
 */
export function matchingSql(env: SegmentEnv, def: SegmentGroup, selfId: string | undefined, ids: SQL | null): SQL {
  const live = sql`contacts.workspace_id = ${env.workspaceId} and contacts.deleted_at is null`;
  const costly = ids && def.combinator === 'and' && !def.negate ? def.children.filter(readsEvents) : [];
  const cheap = def.children.filter((c) => !costly.includes(c));
  const compile = (children: SegmentNode[], candidates: SQL | undefined) => compileSegment({ ...def, children }, { ...env, selfId, candidates });
  if (!ids) return sql`matching as materialized (select contacts.id from contacts where ${live} and (${compile(def.children, undefined)}))`;
  if (!costly.length || !cheap.length) return sql`matching as materialized (select contacts.id from contacts where ${live} and contacts.id = any(${ids}) and (${compile(def.children, ids)}))`;
  const passed = sql`array(select id from passed)`;
  return sql`passed as materialized (select contacts.id from contacts where ${live} and contacts.id = any(${ids}) and (${compile(cheap, ids)})),
    matching as materialized (select contacts.id from contacts where ${live} and contacts.id = any(${passed}) and (${compile(costly, passed)}))`;
}

/** The contacts (of these, or all) a definition holds for now, as a pass or a recompute finds them. */
export async function matchingContacts(tx: Db, env: SegmentEnv, def: SegmentGroup, contactIds: string[] | null): Promise<string[]> {
  await allowWideSets(tx);
  const rows = await selectRows<{ id: string }>(tx, sql`with ${matchingSql(env, def, undefined, contactIds ? idArray(contactIds, 'uuid') : null)} select id from matching`);
  return rows.map((r) => r.id);
}

/**
 * Settings for segment queries, for this transaction only. work_mem: under NOT or OR a subquery
 * runs as a hashed set only if it fits, and otherwise once per contact. JIT off: compiling these
 * large expressions took 0.3–1.3 s per query at 1M contacts, more than most of them take to run.
 * No parallel workers: each built the same hashed sets again. With them the templates' previews
 * had a lower median (407 against 548 ms) but a longer tail (p95 3.0 against 2.6 s, the slowest
 * 5.5 against 3.1 s), and one preview took three processes of the server.
 */
export async function allowWideSets(tx: Db): Promise<void> {
  await tx.execute(sql`select set_config('work_mem', '256MB', true), set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)`);
}

/** Sets contacts' auto tags from the auto-tag segments they are members of now. */
export async function retag(tx: Db, workspaceId: string, contactIds: string[]): Promise<void> {
  if (!contactIds.length) return;
  await tx.execute(sql`select set_config('rapport.segment_worker', 'on', true)`);
  await tx.execute(sql`
    update contacts c set auto_tags = coalesce((
      select array_agg(distinct s.auto_tag order by s.auto_tag) from segment_members m join segments s on s.id = m.segment_id
      where m.workspace_id = ${workspaceId} and m.contact_id = c.id and m.exited_at is null and s.auto_tag is not null), '{}')
    where c.workspace_id = ${workspaceId} and c.id = any(${idArray(contactIds, 'uuid')})`);
}

/** The segment's size now, and today's point of its trend. `delta` adjusts it; null counts it afresh. */
export async function recordSize(tx: Db, workspaceId: string, segmentId: string, delta: RefreshResult | null): Promise<void> {
  const size = delta
    ? sql`greatest(0, segments.size + ${delta.entered - delta.exited}::int)`
    : sql`(select count(*) from segment_members sm where sm.workspace_id = ${workspaceId} and sm.segment_id = ${segmentId}::uuid and sm.exited_at is null)`;
  await tx.execute(sql`
    with s as (
      update segments set size = ${size}, computed_at = now() where workspace_id = ${workspaceId} and id = ${segmentId}::uuid returning size
    )
    insert into segment_sizes (workspace_id, segment_id, day, size) select ${workspaceId}, ${segmentId}::uuid, current_date, size from s
    on conflict (segment_id, day) do update set size = excluded.size`);
}

/**
 * Lifecycle rules, then every dynamic segment in dependency order, for all contacts (the schedule,
 * and the CLI); returns the segments.
 */
export async function recomputeWorkspace(database: Database, workspaceId: string): Promise<number> {
  await withWorkspace(database.db, workspaceId, async (tx) => {
    const { lifecycle } = await findModelSettings(tx, workspaceId);
    if (!lifecycle.enabled) return;
    await allowWideSets(tx);
    await applyLifecycle(tx, await segmentEnv(tx, workspaceId), lifecycle, null);
  });
  return refreshAllSegments(database.db, workspaceId);
}

/**
 * Every dynamic segment of the workspace, in dependency order, for all contacts. Each commits on
 * its own: one transaction for all of them would hold every refreshed segment's lock until the
 * last, minutes at 1M contacts, and stall the workers' passes meanwhile.
 */
export async function refreshAllSegments(db: Db, workspaceId: string): Promise<number> {
  const segs = await withWorkspace(db, workspaceId, (tx) => dynamicSegmentsInOrder(tx, workspaceId));
  for (const seg of segs) {
    await withWorkspace(db, workspaceId, async (tx) => {
      // Deleted or edited since it was listed: skip it, or refresh what it says now.
      const [now] = await selectRows<{ definition: SegmentGroup | null }>(
        tx,
        sql`select definition from segments where workspace_id = ${workspaceId} and id = ${seg.id}::uuid and kind = 'dynamic' for share`,
      );
      if (now?.definition) await refreshSegment(tx, await segmentEnv(tx, workspaceId), { ...seg, definition: now.definition }, null);
    });
  }
  return segs.length;
}

/**
 * Contacts claimed per pass. Evaluating all 93 template segments at 1M contacts / 20M events took
 * 0.24 s for 200 contacts, 1.5 s for 1,000 and 13.7 s for 5,000: past a few thousand the plans
 * turn from index probes to scans. A pass usually needs only the few segments its contacts' topics
 * concern, and then bigger passes cost less per contact: at 2,000 events/s the 11 segments about
 * page views took 0.46 ms a contact in passes of 500 and 0.28 ms in passes of 2,000, and only the
 * latter kept up (ack → member p99 2.7 s against 5.7 s).
 */
const dirtyBatch = 2000;

/** How long a pass holds the contacts it claimed; after a crash, a later pass takes them then. */
const claimSeconds = 120;

interface Claimed {
  contact_id: string;
  topics: Topic[];
  marks: number;
}

/**
 * Evaluates the segments of contacts queued in segment_dirty, one workspace's batch per call.
 * The claim commits on its own, so writers marking the same contacts meanwhile (the event
 * processor's triggers) do not wait for the evaluation; the evaluation and the removal from the
 * queue then commit together, and a contact marked again in between stays queued. A crash leaves
 * the batch queued, to be taken again when the claim lapses. Returns how many contacts it took.
 */
export async function processDirty(database: Database, workspaceId?: string): Promise<number> {
  const claimable = sql`(claimed_until is null or claimed_until < now())`;
  let ws = workspaceId;
  if (!ws) {
    const [next] = await selectRows<{ workspace_id: string }>(database.db, sql`select workspace_id from segment_dirty where ${claimable} order by marked_at limit 1`);
    ws = next?.workspace_id;
    if (!ws) return 0;
  }
  const wsId = ws;
  const claimed = await withWorkspace(database.db, wsId, (tx) =>
    selectRows<Claimed>(
      tx,
      sql`update segment_dirty d set claimed_until = now() + make_interval(secs => ${claimSeconds}::int)
          from (select contact_id from segment_dirty where workspace_id = ${wsId} and ${claimable}
                order by marked_at limit ${dirtyBatch} for update skip locked) p
          where d.workspace_id = ${wsId} and d.contact_id = p.contact_id
          returning d.contact_id, d.topics, d.marks`,
    ),
  );
  if (!claimed.length) return 0;
  await withWorkspace(database.db, wsId, async (tx) => {
    await evaluateClaimed(tx, wsId, claimed);
    // Locked in contact order, as the triggers lock them: the two cannot deadlock.
    await tx.execute(sql`with done as (
        select d.contact_id from segment_dirty d join unnest(${idArray(claimed.map((c) => c.contact_id), 'uuid')}, ${idArray(claimed.map((c) => c.marks), 'bigint')}) as c(id, marks)
          on d.contact_id = c.id and d.marks = c.marks
        where d.workspace_id = ${wsId} order by d.contact_id for update of d
      )
      delete from segment_dirty d using done where d.workspace_id = ${wsId} and d.contact_id = done.contact_id`);
  });
  return claimed.length;
}

/**
 * Lifecycle stages, then each dynamic segment for the claimed contacts marked with a topic it
 * reads, except those its marks can only keep where they are (`settled`: a member of "viewed 5
 * times" who viewed again). A contact whose stage or membership changed in this pass is evaluated
 * by the segments that read those too.
 */
async function evaluateClaimed(tx: Db, ws: string, claimed: Claimed[]): Promise<void> {
  const segs = await dynamicSegmentsInOrder(tx, ws);
  const { lifecycle } = await findModelSettings(tx, ws);
  if (!segs.length && !lifecycle.enabled) return;
  const env = await segmentEnv(tx, ws);
  await allowWideSets(tx);
  const topics = new Map(claimed.map((c) => [c.contact_id, [...c.topics]]));
  // Stages first: segments may test them.
  const stageReads = new Set(lifecycle.rules.flatMap((r) => [...segmentTopics(r.definition)]));
  const staging = [...topics].filter(([, marked]) => concerns(marked, stageReads)).map(([id]) => id);
  const staged = staging.length ? await applyLifecycle(tx, env, lifecycle, staging) : { ids: [] };
  for (const id of staged.ids) topics.get(id)?.push('profile');
  // Which way each claimed mark moves each segment; marks added in this pass (a stage, a
  // membership) are not events, and move anything. Memberships matter only to segments some mark
  // moves one way only.
  const marks = [...new Set(claimed.flatMap((c) => c.topics))];
  const directions = new Map(segs.map((seg) => [seg.id, new Map(marks.map((t) => [t, eventDirection(seg.definition, t)]))]));
  const settleable = segs.filter((seg) => [...directions.get(seg.id)!.values()].some((d) => d === 'up' || d === 'down'));
  const members = await membershipsOf(tx, ws, settleable.map((seg) => seg.id), [...topics.keys()]);
  for (const seg of segs) {
    const reads = segmentTopics(seg.definition);
    const moves = directions.get(seg.id)!;
    const direction = (t: Topic): Direction => moves.get(t) ?? 'mixed';
    const isMember = members.get(seg.id);
    const ids = [...topics]
      .filter(([id, marked]) => concerns(marked, reads) && !settled(marked, reads, direction, isMember?.has(id) ?? false))
      .map(([id]) => id);
    if (!ids.length) continue;
    const { changed } = await refreshSegment(tx, env, seg, ids);
    for (const id of changed) topics.get(id)?.push(segmentTopic(seg.id));
  }
}

/** Which of these contacts are members of these segments now, by segment. */
async function membershipsOf(tx: Db, ws: string, segmentIds: string[], contactIds: string[]): Promise<Map<string, Set<string>>> {
  if (!segmentIds.length) return new Map();
  const rows = await selectRows<{ segment_id: string; contact_id: string }>(
    tx,
    sql`select segment_id, contact_id from segment_members where workspace_id = ${ws} and segment_id = any(${idArray(segmentIds, 'uuid')})
          and contact_id = any(${idArray(contactIds, 'uuid')}) and exited_at is null`,
  );
  const out = new Map<string, Set<string>>();
  for (const r of rows) (out.get(r.segment_id) ?? out.set(r.segment_id, new Set()).get(r.segment_id)!).add(r.contact_id);
  return out;
}

/** Queues contacts for the segments that read these topics, as the triggers do for other writes. */
export async function queueForSegments(tx: Db, workspaceId: string, contactIds: string[], topics: Topic[]): Promise<void> {
  if (!contactIds.length) return;
  await tx.execute(sql`insert into segment_dirty (workspace_id, contact_id, topics)
    select ${workspaceId}, id, ${textArray(topics)} from unnest(${idArray(contactIds, 'uuid')}) as id order by id
    on conflict (workspace_id, contact_id) do update set topics = rapport_topics_merge(segment_dirty.topics, excluded.topics),
      marks = segment_dirty.marks + 1, claimed_until = null
    where rapport_topics_news(segment_dirty.topics, segment_dirty.claimed_until, excluded.topics)`);
}

/**
 * Empties the queue (the tests' harness). Contacts another worker holds are waited for, so that
 * when this returns everything queued before it was called has been evaluated.
 */
export async function drainDirty(database: Database): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await processDirty(database);
    total += n;
    if (n) continue;
    // Nothing claimable now, but another worker may hold contacts, or may just have emptied the
    // workspace this pass picked while others still wait: done only once the queue is empty.
    const [left] = await selectRows<{ any: boolean }>(database.db, sql`select exists (select 1 from segment_dirty) as any`);
    if (!left?.any) return total;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * Keeps memberships current as contacts change; a failure leaves the batch queued. More worker
 * processes (`rapport worker`) run their passes side by side: claims keep them apart.
 */
export function startSegmentWorker(database: Database, log: FastifyBaseLogger, idleMs = 500): WorkerLoop {
  return startWorkerLoop({ step: () => processDirty(database), idleMs, log, failure: 'segment membership update failed; retrying' });
}
