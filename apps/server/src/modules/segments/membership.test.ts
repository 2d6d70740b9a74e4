import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, Page, Segment, SegmentGroup, SegmentMember, SegmentMembershipChange, Source, TimelineEntry } from '@rapport/contracts';
import { pino } from 'pino';
import { call, newWorkspace, startHarness, writeKeyAuth, type Harness, type Session } from '../../test/harness.js';
import { processDirty, segmentsRecomputeJob, startSegmentWorker } from './index.js';

let h: Harness;
let ws: Session;
let source: Source;
let seq = 0;

const contact = async (firstName: string, extra: Record<string, unknown> = {}) =>
  (await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName, email: `${firstName.toLowerCase()}@live.example`, externalId: `live-${firstName}`, ...extra })).json<Contact>();
const view = async (who: string, daysAgo = 0) => {
  seq += 1;
  const res = await call(h, writeKeyAuth(source.writeKey), 'POST', '/v1/batch', {
    batch: [{ type: 'track', userId: `live-${who}`, event: 'Product Viewed', properties: { sku: 'S-1' }, messageId: `live-${seq}`, timestamp: new Date(Date.now() - daysAgo * 86_400_000).toISOString() }],
  });
  expect(res.statusCode).toBe(200);
};
const memberIds = async (id: string) => (await call(h, ws.headers, 'GET', `/api/v1/segments/${id}/members`)).json<Page<SegmentMember>>().data.map((m) => m.contactId).sort();
const all = (...children: SegmentGroup['children']): SegmentGroup => ({ type: 'group', combinator: 'and', children });
const viewedTwice: SegmentGroup = all({ type: 'event', event: 'Product Viewed', count: { op: 'gte', value: 2 }, window: { kind: 'last_days', days: 7 } });

beforeAll(async () => {
  h = await startHarness();
  ws = await newWorkspace(h, 'Live shop');
  source = (await call(h, ws.headers, 'POST', '/api/v1/sources', { name: 'Web' })).json<Source>();
});
afterAll(() => h.close());

describe('live membership', () => {
  it('follows events and profile changes, tags members by rule, and records entries and exits', async () => {
    const ann = await contact('Ann');
    const ben = await contact('Ben', { address: { city: 'Tainan' } });
    const hot = (await call(h, ws.headers, 'POST', '/api/v1/segments', { name: 'Hot', definition: viewedTwice, autoTag: 'hot' })).json<Segment>();
    const tainan = (await call(h, ws.headers, 'POST', '/api/v1/segments', { name: 'Tainan', definition: all({ type: 'condition', field: 'address.city', op: 'eq', value: 'Tainan' }) })).json<Segment>();
    expect(await memberIds(tainan.id)).toEqual([ben.id]);
    expect(hot.size).toBe(0);

    await view('Ann');
    await h.processEvents();
    await h.processSegments();
    expect(await memberIds(hot.id)).toEqual([]);
    await view('Ann');
    await h.processEvents();
    await h.processSegments();
    expect(await memberIds(hot.id)).toEqual([ann.id]);
    const annNow = (await call(h, ws.headers, 'GET', `/api/v1/contacts/${ann.id}`)).json<Contact>();
    expect(annNow.autoTags).toEqual(['hot']);
    // Manual tags are apart from rule tags.
    expect(annNow.tags).toEqual([]);
    expect((await call(h, ws.headers, 'GET', `/api/v1/segments/${hot.id}`)).json<Segment>()).toMatchObject({ size: 1, trend: [{ size: 1 }] });

    // A profile edit moves Ben out of Tainan and Ann in.
    await call(h, ws.headers, 'PATCH', `/api/v1/contacts/${ben.id}`, { address: { city: 'Taipei' } });
    await call(h, ws.headers, 'PATCH', `/api/v1/contacts/${ann.id}`, { address: { city: 'tainan' } });
    await h.processSegments();
    expect(await memberIds(tainan.id)).toEqual([ann.id]);
    const history = (await call(h, ws.headers, 'GET', `/api/v1/segments/${tainan.id}/history`)).json<Page<SegmentMembershipChange>>().data;
    expect(history.map((c) => [c.contactName, c.change])).toEqual([
      ['Ann', 'entered'],
      ['Ben', 'exited'],
      ['Ben', 'entered'],
    ]);
    const { rows: announced } = await h.database.query<{ kind: string; contact_id: string }>(
      `select kind, contact_id from domain_events where workspace_id = $1 and data->>'segmentId' = $2 order by id`,
      [ws.workspaceId, tainan.id],
    );
    // Exits are announced before entries of the same pass.
    expect(announced.map((a) => [a.kind, a.contact_id])).toEqual([
      ['segment.entered', ben.id],
      ['segment.exited', ben.id],
      ['segment.entered', ann.id],
    ]);
    const timeline = (await call(h, ws.headers, 'GET', `/api/v1/contacts/${ann.id}/timeline?kinds=segment`)).json<Page<TimelineEntry>>().data;
    expect(timeline.map((e) => [e.data.change, e.data.segmentName, e.data.autoTag])).toEqual([
      ['entered', 'Tainan', null],
      ['entered', 'Hot', 'hot'],
    ]);
  });

  it('re-evaluates time windows on schedule, with no new event', async () => {
    const cid = (await contact('Cal')).id;
    await view('Cal', 6);
    await view('Cal', 6);
    await h.processEvents();
    const recent = (await call(h, ws.headers, 'POST', '/api/v1/segments', { name: 'Recent viewers', definition: viewedTwice, autoTag: 'recent' })).json<Segment>();
    await h.processSegments();
    expect(await memberIds(recent.id)).toContain(cid);
    // Two days pass: the views fall out of the seven-day window. Nothing queues Cal.
    await h.database.query(`update events set timestamp = timestamp - interval '2 days' where workspace_id = $1 and user_id = 'live-Cal'`, [ws.workspaceId]);
    await h.processSegments();
    expect(await memberIds(recent.id)).toContain(cid);
    await segmentsRecomputeJob.handler({}, { database: h.database, log: pino({ level: 'silent' }) });
    expect(await memberIds(recent.id)).not.toContain(cid);
    expect((await call(h, ws.headers, 'GET', `/api/v1/contacts/${cid}`)).json<Contact>().autoTags).toEqual([]);
  });

  it('the worker keeps up by itself, within seconds of an event', async () => {
    const dee = await contact('Dee');
    const seg = (await call(h, ws.headers, 'POST', '/api/v1/segments', { name: 'Dee watch', definition: all({ type: 'event', event: 'Product Viewed', count: { op: 'gte', value: 1 }, window: { kind: 'ever' } }, { type: 'condition', field: 'firstName', op: 'eq', value: 'Dee' }) })).json<Segment>();
    const worker = startSegmentWorker(h.database, pino({ level: 'silent' }), 100);
    try {
      await view('Dee');
      await h.processEvents();
      const started = Date.now();
      while (!(await memberIds(seg.id)).includes(dee.id)) {
        expect(Date.now() - started).toBeLessThan(5000);
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await worker.stop();
    }
  });
});

describe('the queue says what changed', () => {
  const queued = async (id: string) =>
    (await h.database.query<{ topics: string[]; marks: number; claimed_until: Date | null }>(`select topics, marks, claimed_until from segment_dirty where workspace_id = $1 and contact_id = $2`, [ws.workspaceId, id])).rows[0];

  it('evaluates only the segments that read it, and those that read a segment whose members changed', async () => {
    const gus = await contact('Gus');
    await h.processSegments();
    const buyers = (await call(h, ws.headers, 'POST', '/api/v1/segments', { name: 'Buyers', definition: all({ type: 'orders', metric: 'count', op: 'gte', value: 1, window: { kind: 'last_days', days: 30 } }) })).json<Segment>();
    const viewers = (await call(h, ws.headers, 'POST', '/api/v1/segments', { name: 'Gus views', definition: all(viewedTwice.children[0]!, { type: 'condition', field: 'firstName', op: 'eq', value: 'Gus' }) })).json<Segment>();
    const fans = (await call(h, ws.headers, 'POST', '/api/v1/segments', { name: 'Viewer fans', definition: all({ type: 'segment', segmentId: viewers.id, member: true }) })).json<Segment>();
    // An order written past the triggers (as the worker's own writes are): only an evaluation of
    // the buyers segment for Gus would find it.
    await h.database.execRows(`begin; select set_config('rapport.segment_worker', 'on', true);
      insert into orders (id, workspace_id, order_id, contact_id, status, channel, source, placed_at, total)
      values (gen_random_uuid(), '${ws.workspaceId}', 'Q-GUS-0', '${gus.id}', 'paid', 'online', 'api', now(), 100); commit;`);
    await view('Gus');
    await view('Gus');
    await h.processEvents();
    expect((await queued(gus.id))?.topics.sort()).toEqual(['event:track:Product Viewed', 'seen']);
    // One pass: the viewers segment takes Gus in, and the segment built on it follows in the same pass.
    await processDirty(h.database, ws.workspaceId);
    expect(await memberIds(viewers.id)).toEqual([gus.id]);
    expect(await memberIds(fans.id)).toEqual([gus.id]);
    expect(await queued(gus.id)).toBeUndefined();
    // Page views do not concern a segment of buyers: it was not evaluated.
    expect(await memberIds(buyers.id)).not.toContain(gus.id);
    const order = await call(h, ws.headers, 'POST', '/api/v1/orders', { orderId: 'Q-GUS-1', contact: { id: gus.id }, currency: 'TWD', total: 500, status: 'paid' });
    expect(order.statusCode).toBeLessThan(300);
    expect((await queued(gus.id))?.topics).toContain('orders');
    await h.processSegments();
    expect(await memberIds(buyers.id)).toContain(gus.id);
  });

  it('queues a list member for the segments built on the list', async () => {
    const hal = await contact('Hal');
    await h.processSegments();
    const list = (await call(h, ws.headers, 'POST', '/api/v1/segments', { name: 'Hal list', kind: 'static' })).json<Segment>();
    const onList = (await call(h, ws.headers, 'POST', '/api/v1/segments', { name: 'On Hal list', definition: all({ type: 'segment', segmentId: list.id, member: true }) })).json<Segment>();
    await call(h, ws.headers, 'POST', `/api/v1/segments/${list.id}/members`, { contactIds: [hal.id] });
    expect((await queued(hal.id))?.topics).toEqual([`segment:${list.id}`]);
    await h.processSegments();
    expect(await memberIds(onList.id)).toEqual([hal.id]);
    await call(h, ws.headers, 'POST', `/api/v1/segments/${list.id}/members/remove`, { contactIds: [hal.id] });
    await h.processSegments();
    expect(await memberIds(onList.id)).toEqual([]);
  });

  it('leaves alone a member whom new events can only keep in, and a non-member they can only keep out', async () => {
    const jay = await contact('Jay');
    const kim = await contact('Kam');
    await h.processSegments();
    const keen = (await call(h, ws.headers, 'POST', '/api/v1/segments', { name: 'Jay keen', definition: all(viewedTwice.children[0]!, { type: 'condition', field: 'firstName', op: 'eq', value: 'Jay' }) })).json<Segment>();
    const idle = (
      await call(h, ws.headers, 'POST', '/api/v1/segments', {
        name: 'Kim idle',
        definition: all({ type: 'event', event: 'Product Viewed', count: { op: 'lte', value: 1 }, window: { kind: 'last_days', days: 7 } }, { type: 'condition', field: 'firstName', op: 'eq', value: 'Kim' }),
      })
    ).json<Segment>();
    await view('Jay');
    await view('Jay');
    await h.processEvents();
    await h.processSegments();
    expect(await memberIds(keen.id)).toEqual([jay.id]);
    expect(await memberIds(idle.id)).toEqual([]);
    // Renamed past the triggers: an evaluation would now take Jay out and Kim in.
    await h.database.execRows(`begin; select set_config('rapport.segment_worker', 'on', true);
      update contacts set first_name = case first_name when 'Jay' then 'Jo' else 'Kim' end where workspace_id = '${ws.workspaceId}' and id in ('${jay.id}', '${kim.id}'); commit;`);
    await view('Jay');
    await view('Kam');
    await h.processEvents();
    expect((await queued(kim.id))?.topics).toContain('event:track:Product Viewed');
    await h.processSegments();
    // Another view keeps Jay at two or more, and takes Kim's count up, never under one: neither was evaluated.
    expect(await memberIds(keen.id)).toEqual([jay.id]);
    expect(await memberIds(idle.id)).toEqual([]);
    // A profile edit can move anything, and is evaluated.
    await call(h, ws.headers, 'PATCH', `/api/v1/contacts/${jay.id}`, { lastName: 'Lin' });
    await call(h, ws.headers, 'PATCH', `/api/v1/contacts/${kim.id}`, { lastName: 'Lin' });
    await h.processSegments();
    expect(await memberIds(keen.id)).toEqual([]);
    expect(await memberIds(idle.id)).toEqual([kim.id]);
  });

  it('leaves a contact claimed by a running pass alone, and keeps it queued if it changes meanwhile', async () => {
    const ivy = await contact('Ivy');
    await h.processSegments();
    await call(h, ws.headers, 'PATCH', `/api/v1/contacts/${ivy.id}`, { lastName: 'Chen' });
    // As if a pass had claimed Ivy and was still at work.
    await h.database.query(`update segment_dirty set claimed_until = now() + interval '1 minute' where workspace_id = $1 and contact_id = $2`, [ws.workspaceId, ivy.id]);
    expect(await processDirty(h.database, ws.workspaceId)).toBe(0);
    const before = await queued(ivy.id);
    await view('Ivy');
    await h.processEvents();
    // Marked again: the claim is lifted and the marks counted, so that pass's removal would miss it.
    const after = await queued(ivy.id);
    expect(after?.claimed_until).toBeNull();
    expect(after!.marks).toBeGreaterThan(before!.marks);
    expect(after?.topics.sort()).toEqual(['event:track:Product Viewed', 'profile', 'seen']);
    // A claim that lapsed (its pass crashed) is taken over.
    await h.database.query(`update segment_dirty set claimed_until = now() - interval '1 second' where workspace_id = $1 and contact_id = $2`, [ws.workspaceId, ivy.id]);
    expect(await processDirty(h.database, ws.workspaceId)).toBeGreaterThan(0);
    expect(await queued(ivy.id)).toBeUndefined();
  });
});

describe('static lists', () => {
  it('take members by id, email or external id, report those not found, snapshot segments and export', async () => {
    const eva = await contact('Eva', { phone: '+886912345678' });
    const fay = await contact('Fay');
    const list = (await call(h, ws.headers, 'POST', '/api/v1/segments', { name: 'VIP list', kind: 'static' })).json<Segment>();
    const added = await call(h, ws.headers, 'POST', `/api/v1/segments/${list.id}/members`, { emails: ['EVA@live.example', 'nobody@live.example'], externalIds: ['live-Fay'], contactIds: [eva.id] });
    expect(added.json()).toEqual({ added: 2, alreadyMembers: 0, notFound: [{ value: 'nobody@live.example', reason: 'No contact with this email' }] });
    expect(await memberIds(list.id)).toEqual([eva.id, fay.id].sort());
    expect((await call(h, ws.headers, 'POST', `/api/v1/segments/${list.id}/members`, { contactIds: [eva.id] })).json()).toMatchObject({ added: 0, alreadyMembers: 1 });
    // A static list refuses a definition; a dynamic segment refuses hand-added members.
    expect((await call(h, ws.headers, 'PATCH', `/api/v1/segments/${list.id}`, { definition: all() })).statusCode).toBe(400);
    const tainan = (await call(h, ws.headers, 'GET', '/api/v1/segments')).json<{ data: Segment[] }>().data.find((s) => s.name === 'Tainan')!;
    expect((await call(h, ws.headers, 'POST', `/api/v1/segments/${tainan.id}/members`, { contactIds: [eva.id] })).statusCode).toBe(409);

    const csv = await call(h, ws.headers, 'GET', `/api/v1/segments/${list.id}/export`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('eva@live.example');
    const hashed = await call(h, ws.headers, 'GET', `/api/v1/segments/${list.id}/export?hashed=true`);
    const { createHash } = await import('node:crypto');
    const sha = (s: string) => createHash('sha256').update(s).digest('hex');
    expect(hashed.body).toContain(sha('eva@live.example'));
    expect(hashed.body).toContain(sha('886912345678'));
    expect(hashed.body).not.toContain('eva@live.example');

    expect((await call(h, ws.headers, 'POST', `/api/v1/segments/${list.id}/members/remove`, { contactIds: [fay.id] })).json()).toEqual({ removed: 1 });
    expect(await memberIds(list.id)).toEqual([eva.id]);
    const snap = (await call(h, ws.headers, 'POST', `/api/v1/segments/${tainan.id}/snapshot`, { name: 'Tainan on Monday' })).json<Segment>();
    expect(snap).toMatchObject({ kind: 'static', size: 1 });
    expect(await memberIds(snap.id)).toEqual(await memberIds(tainan.id));
    // Names are unique per workspace.
    expect((await call(h, ws.headers, 'POST', '/api/v1/segments', { name: 'vip LIST', kind: 'static' })).statusCode).toBe(409);
  });
});
