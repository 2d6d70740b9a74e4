import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import type { Journey, JourneyStats, JourneyVersion, Page, TimelineEntry } from '@rapport/contracts';
import { selectRows } from '../../platform/db.js';
import { call, startHarness, type Harness } from '../../test/harness.js';
import { runDueJourneys } from './journeys.engine.js';
import { def, elapse, sendsOf, shop, stepLog, type Shop } from './journeys.test-kit.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
const log = pino({ level: 'silent' });

const waitThenSend = (s: Shop, templateId: string) =>
  def({
    start: 'w',
    steps: [
      { id: 'w', type: 'wait', wait: { kind: 'duration', minutes: 10 }, next: 'mail' },
      { id: 'mail', type: 'action', action: { kind: 'send', templateId }, next: null },
    ],
  });

describe('merges', () => {
  it('a merged contact’s run goes on with the survivor; when both are in the journey, the merged one’s run ends', async () => {
    const s = await shop(h);
    const [ann, bob, cy] = [await s.person(), await s.person(), await s.person()];
    const j = await s.journey(waitThenSend(s, s.email.id));
    await s.enrol(j.id, [bob.id, cy.id]);
    await h.processJourneys();
    const merge = (survivorId: string, mergedId: string) => call(h, s.ws.headers, 'POST', '/api/v1/contacts/merge', { survivorId, mergedId });
    // Ann was never in it: Bob's run becomes hers.
    expect((await merge(ann.id, bob.id)).statusCode).toBeLessThan(300);
    // Cy and Ann are both in it now: Cy's run stays Cy's, and ends as his contact is gone.
    expect((await merge(ann.id, cy.id)).statusCode).toBeLessThan(300);
    await elapse(h, s);
    await h.processJourneys();
    expect((await sendsOf(h, j.id)).map((x) => x.contact_id)).toEqual([ann.id]);
    const runs = await selectRows<{ contact_id: string; status: string; exit_reason: string | null }>(h.database.db, sql`select contact_id, status, exit_reason from journey_runs where journey_id = ${j.id}::uuid order by contact_id`);
    expect(runs).toEqual(
      [
        { contact_id: ann.id, status: 'completed', exit_reason: null },
        { contact_id: cy.id, status: 'exited', exit_reason: 'contact_gone' },
      ].sort((a, b) => (a.contact_id < b.contact_id ? -1 : 1)),
    );
  });
});

describe('versions and statuses', () => {
  it('an edit of a live journey is a new version; contacts in flight finish on theirs', async () => {
    const s = await shop(h);
    const [ann, bob] = [await s.person(), await s.person()];
    const j = await s.journey(waitThenSend(s, s.email.id));
    await s.enrol(j.id, [ann.id]);
    await h.processJourneys();
    const edited = await call(h, s.ws.headers, 'PATCH', `/api/v1/journeys/${j.id}`, { definition: waitThenSend(s, s.sms.id) });
    expect(edited.json<Journey>()).toMatchObject({ status: 'live', version: 2 });
    await s.enrol(j.id, [bob.id]);
    await h.processJourneys();
    await elapse(h, s);
    await h.processJourneys();
    const sends = await sendsOf(h, j.id);
    expect(sends.map((x) => [x.contact_id, x.template_id]).sort()).toEqual([[ann.id, s.email.id], [bob.id, s.sms.id]].sort());
    const versions = (await call(h, s.ws.headers, 'GET', `/api/v1/journeys/${j.id}/versions`)).json<JourneyVersion[]>();
    expect(versions.map((v) => [v.version, v.publishedAt !== null])).toEqual([[2, true], [1, true]]);
    expect((await s.stats(j.id, 1))).toMatchObject({ version: 1, entered: 1, completed: 1 });
    expect((await s.stats(j.id))).toMatchObject({ version: 2, entered: 1, completed: 1 });
    // Moving a node on the canvas is no new version: the live one keeps running, with the new layout.
    const current = (await call(h, s.ws.headers, 'GET', `/api/v1/journeys/${j.id}`)).json<Journey>().definition;
    const moved = await call(h, s.ws.headers, 'PATCH', `/api/v1/journeys/${j.id}`, { definition: { ...current, layout: { ...current.layout, w: { x: 120, y: 40 } } } });
    expect(moved.json<Journey>()).toMatchObject({ version: 2, definition: { layout: { w: { x: 120, y: 40 } } } });
    expect((await call(h, s.ws.headers, 'GET', `/api/v1/journeys/${j.id}/versions`)).json<JourneyVersion[]>()).toHaveLength(2);
  });

  it('a draft is edited in place; only live journeys take contacts; pausing holds runs where they are', async () => {
    const s = await shop(h);
    const ann = await s.person();
    const j = await s.journey(waitThenSend(s, s.email.id), { publish: false });
    const patched = (await call(h, s.ws.headers, 'PATCH', `/api/v1/journeys/${j.id}`, { name: 'Renamed', definition: waitThenSend(s, s.sms.id) })).json<Journey>();
    expect(patched).toMatchObject({ name: 'Renamed', version: 1, status: 'draft' });
    expect((await call(h, s.ws.headers, 'POST', `/api/v1/journeys/${j.id}/enrol`, { contactIds: [ann.id] })).statusCode).toBe(409);
    expect((await call(h, s.ws.headers, 'POST', `/api/v1/journeys/${j.id}/pause`)).statusCode).toBe(409);
    await call(h, s.ws.headers, 'POST', `/api/v1/journeys/${j.id}/publish`);
    await s.enrol(j.id, [ann.id]);
    await h.processJourneys();
    expect((await call(h, s.ws.headers, 'POST', `/api/v1/journeys/${j.id}/pause`)).json<Journey>().status).toBe('paused');
    await elapse(h, s);
    await h.processJourneys();
    expect(await sendsOf(h, j.id)).toEqual([]);
    expect((await call(h, s.ws.headers, 'POST', `/api/v1/journeys/${j.id}/enrol`, { contactIds: [ann.id] })).statusCode).toBe(409);
    await call(h, s.ws.headers, 'POST', `/api/v1/journeys/${j.id}/publish`);
    await h.processJourneys();
    expect(await sendsOf(h, j.id)).toHaveLength(1);
  });

  it('deleting a draft removes it; deleting a live journey archives it and its contacts leave', async () => {
    const s = await shop(h);
    const ann = await s.person();
    const draft = await s.journey(waitThenSend(s, s.email.id), { publish: false });
    expect((await call(h, s.ws.headers, 'DELETE', `/api/v1/journeys/${draft.id}`)).statusCode).toBe(204);
    expect((await call(h, s.ws.headers, 'GET', `/api/v1/journeys/${draft.id}`)).statusCode).toBe(404);
    const live = await s.journey(waitThenSend(s, s.email.id));
    await s.enrol(live.id, [ann.id]);
    await h.processJourneys();
    expect((await call(h, s.ws.headers, 'DELETE', `/api/v1/journeys/${live.id}`)).statusCode).toBe(204);
    expect((await call(h, s.ws.headers, 'GET', `/api/v1/journeys/${live.id}`)).json<Journey>().status).toBe('archived');
    expect(await s.runs(live.id)).toMatchObject([{ status: 'exited', exitReason: 'archived' }]);
    expect((await call(h, s.ws.headers, 'PATCH', `/api/v1/journeys/${live.id}`, { name: 'x' })).statusCode).toBe(409);
    const listed = (await call(h, s.ws.headers, 'GET', '/api/v1/journeys?status=archived')).json<Page<Journey>>().data;
    expect(listed.map((x) => x.id)).toEqual([live.id]);
  });
});

describe('entering and leaving', () => {
  it('honours re-entry: never, after N days, always (but never twice at once)', async () => {
    const s = await shop(h);
    const ann = await s.person();
    const quick = (reentry: object) => s.journey({ ...def({ start: 'a', steps: [{ id: 'a', type: 'action', action: { kind: 'add_tag', tag: 'x' }, next: null }] }), reentry } as never);
    const never = await quick({ kind: 'never' });
    const later = await quick({ kind: 'after_days', days: 30 });
    const always = await s.journey(waitThenSend(s, s.email.id));
    for (const j of [never, later]) {
      expect((await s.enrol(j.id, [ann.id])).results[0]!.status).toBe('enrolled');
      await h.processJourneys();
    }
    expect((await s.enrol(never.id, [ann.id])).results[0]!.status).toBe('not_eligible');
    expect((await s.enrol(later.id, [ann.id])).results[0]!.status).toBe('not_eligible');
    await h.database.db.execute(sql`update journey_runs set ended_at = now() - interval '31 days' where journey_id = ${later.id}::uuid`);
    expect((await s.enrol(later.id, [ann.id])).results[0]!.status).toBe('enrolled');
    expect((await s.enrol(always.id, [ann.id])).results[0]!.status).toBe('enrolled');
    const again = await s.enrol(always.id, [ann.id, '00000000-0000-4000-8000-000000000000']);
    expect(again.results).toEqual([
      { contactId: ann.id, status: 'already_active', runId: expect.any(String) },
      { contactId: '00000000-0000-4000-8000-000000000000', status: 'not_found', runId: null },
    ]);
  });

  it('exits on an exit event, and converts on the goal within its days, with stats and timeline entries', async () => {
    const s = await shop(h);
    const [stays, leaves] = [await s.person({ externalId: 'u-stays' }), await s.person({ externalId: 'u-leaves' })];
    const j = await s.journey({
      ...waitThenSend(s, s.email.id),
      exitOn: [{ event: 'Unsubscribed From Newsletter' }],
      goal: { event: 'Order Completed', where: [{ property: 'total', op: 'gte', value: 100 }], withinDays: 7 },
    });
    await s.enrol(j.id, [stays.id, leaves.id]);
    await h.processJourneys();
    await s.track(
      { userId: 'u-leaves', event: 'Unsubscribed From Newsletter' },
      { userId: 'u-stays', event: 'Order Completed', properties: { order_id: 'small', total: 10 } },
    );
    expect((await s.runs(j.id, `&contactId=${leaves.id}`))[0]).toMatchObject({ status: 'exited', exitReason: 'exit_event:Unsubscribed From Newsletter' });
    expect((await s.runs(j.id, `&contactId=${stays.id}`))[0]!.convertedAt).toBeNull();
    await elapse(h, s);
    await h.processJourneys();
    await s.track({ userId: 'u-stays', event: 'Order Completed', properties: { order_id: 'big', total: 120 } });
    const [run] = await s.runs(j.id, `&contactId=${stays.id}`);
    expect(run).toMatchObject({ status: 'completed' });
    expect(run!.convertedAt).not.toBeNull();
    expect(await sendsOf(h, j.id)).toHaveLength(1);
    const stats = await s.stats(j.id);
    expect(stats).toMatchObject({ entered: 2, active: 0, completed: 1, exited: 1, converted: 1, conversionRate: 0.5 });
    expect(stats.steps).toEqual([
      { stepId: 'w', entered: 2, waiting: 0, completed: 1, converted: 1 },
      { stepId: 'mail', entered: 1, waiting: 0, completed: 1, converted: 1 },
    ]);
    // The journeys list asks for the totals alone.
    const totals = (await call(h, s.ws.headers, 'GET', `/api/v1/journeys/${j.id}/stats?steps=false`)).json<JourneyStats>();
    expect(totals).toEqual({ ...stats, steps: [] });
    expect((await call(h, s.ws.headers, 'GET', `/api/v1/journeys/${j.id}/stats?steps=no`)).statusCode).toBe(400);
    const timeline = (await call(h, s.ws.headers, 'GET', `/api/v1/contacts/${stays.id}/timeline?kinds=journey`)).json<Page<TimelineEntry>>().data;
    expect(timeline.map((e) => e.data.change)).toEqual(['converted', 'completed', 'entered']);
    expect(timeline[0]!.data.journeyName).toBe('J');
  });

  it('caps a contact’s messages from one journey: the send over the cap is skipped with its reason and the contact goes on', async () => {
    const s = await shop(h);
    const ann = await s.person();
    const j = await s.journey(
      def({
        start: 'one',
        steps: [
          { id: 'one', type: 'action', action: { kind: 'send', templateId: s.email.id }, next: 'two' },
          { id: 'two', type: 'action', action: { kind: 'send', templateId: s.sms.id }, next: 'tag' },
          { id: 'tag', type: 'action', action: { kind: 'add_tag', tag: 'capped' }, next: null },
        ],
        frequencyCap: { count: 1, days: 7 },
      }),
    );
    await s.enrol(j.id, [ann.id]);
    await h.processJourneys();
    expect((await sendsOf(h, j.id)).map((x) => x.template_id)).toEqual([s.email.id]);
    expect((await stepLog(h, j.id)).map((l) => [l.step_id, l.outcome, l.detail?.reason ?? null])).toEqual([
      ['one', 'sent', null],
      ['two', 'skipped', 'frequency_cap'],
      ['tag', 'done', null],
    ]);
  });
});

describe('exactly once', () => {
  it('a step whose transaction fails after its effects leaves no trace, and runs once when tried again', async () => {
    const s = await shop(h);
    const ann = await s.person();
    const j = await s.journey(def({ start: 'mail', steps: [{ id: 'mail', type: 'action', action: { kind: 'send', templateId: s.email.id }, next: 'tag' }, { id: 'tag', type: 'action', action: { kind: 'add_tag', tag: 'sent' }, next: null }] }));
    await s.enrol(j.id, [ann.id]);
    const [run] = await s.runs(j.id);
    // The visit is already in the log, as if another worker had run it: the step queues its send,
    // then its log row is refused and the whole transaction, send included, rolls back.
    await h.database.db.execute(sql`insert into journey_steps (workspace_id, run_id, seq, step_id, journey_id, version, contact_id, outcome)
      values (${s.ws.workspaceId}, ${run!.id}::uuid, 1, 'mail', ${j.id}::uuid, 1, ${ann.id}::uuid, 'marker')`);
    expect(await runDueJourneys(h.database, log, s.ws.workspaceId)).toBe(1);
    expect(await sendsOf(h, j.id)).toEqual([]);
    const [held] = await selectRows<{ step_id: string; seq: number; attempts: number; status: string }>(h.database.db, sql`select step_id, seq, attempts, status from journey_runs where journey_id = ${j.id}::uuid`);
    expect(held).toMatchObject({ step_id: 'mail', seq: 1, attempts: 1, status: 'active' });
    await h.database.db.execute(sql`delete from journey_steps where run_id = ${run!.id}::uuid`);
    // The retry is due a minute later; make it due now.
    await h.database.db.execute(sql`update journey_runs set due_at = now() where journey_id = ${j.id}::uuid`);
    await h.processJourneys();
    await h.processJourneys();
    expect(await sendsOf(h, j.id)).toHaveLength(1);
    expect((await stepLog(h, j.id)).map((l) => [l.step_id, l.seq, l.outcome])).toEqual([['mail', 1, 'sent'], ['tag', 2, 'done']]);
  });

  it('a worker that died holding runs leaves them to another once the lease lapses; a committed step is not run again', async () => {
    const s = await shop(h);
    const ann = await s.person();
    const j = await s.journey(waitThenSend(s, s.email.id));
    await s.enrol(j.id, [ann.id]);
    await h.processJourneys();
    await elapse(h, s);
    // A worker claimed the run and died: nobody else touches it while its lease holds.
    await h.database.db.execute(sql`update journey_runs set claimed_until = now() + interval '1 minute', claim_token = gen_random_uuid() where journey_id = ${j.id}::uuid`);
    expect(await runDueJourneys(h.database, log, s.ws.workspaceId)).toBe(0);
    expect(await sendsOf(h, j.id)).toEqual([]);
    await h.database.db.execute(sql`update journey_runs set claimed_until = now() - interval '1 second' where journey_id = ${j.id}::uuid`);
    await h.processJourneys();
    expect(await sendsOf(h, j.id)).toHaveLength(1);
    // A worker that committed the step and died before letting go: the run has moved on, nothing repeats.
    await h.database.db.execute(sql`update journey_runs set claimed_until = now() - interval '1 second', due_at = now(), status = 'active', step_id = 'mail', seq = 2, phase = 'ready' where journey_id = ${j.id}::uuid`);
    await h.processJourneys();
    expect(await sendsOf(h, j.id)).toHaveLength(1);
    expect((await stepLog(h, j.id)).map((l) => [l.step_id, l.seq])).toEqual([['w', 1], ['mail', 2]]);
  });

  it('workers side by side take disjoint runs: every step once, every message once', async () => {
    const s = await shop(h);
    const ids = (
      await selectRows<{ id: string }>(
        h.database.db,
        sql`insert into contacts (id, workspace_id, first_name) select gen_random_uuid(), ${s.ws.workspaceId}, 'Crowd ' || n from generate_series(1, 1200) n returning id`,
      )
    ).map((r) => r.id);
    const j = await s.journey(def({ start: 'tag', steps: [{ id: 'tag', type: 'action', action: { kind: 'add_tag', tag: 'crowd' }, next: 'mail' }, { id: 'mail', type: 'action', action: { kind: 'send', templateId: s.email.id }, next: null }] }));
    await s.enrol(j.id, ids.slice(0, 1000));
    await s.enrol(j.id, ids.slice(1000));
    let total = 0;
    for (;;) {
      const passes = await Promise.all([1, 2, 3].map(() => runDueJourneys(h.database, log, s.ws.workspaceId)));
      total += passes.reduce((a, b) => a + b, 0);
      if (passes.every((n) => n === 0)) break;
    }
    expect(total).toBe(2400);
    const [counts] = await selectRows<{ logs: number; sends: number; keys: number; tagged: number; done: number }>(
      h.database.db,
      sql`select (select count(*)::int from journey_steps where journey_id = ${j.id}::uuid) as logs,
            (select count(*)::int from message_sends where source_id = ${j.id}) as sends,
            (select count(distinct contact_id)::int from message_sends where source_id = ${j.id}) as keys,
            (select count(*)::int from contacts where workspace_id = ${s.ws.workspaceId} and 'crowd' = any(tags)) as tagged,
            (select count(*)::int from journey_runs where journey_id = ${j.id}::uuid and status = 'completed') as done`,
    );
    expect(counts).toEqual({ logs: 2400, sends: 1200, keys: 1200, tagged: 1200, done: 1200 });
  });
});
