import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { selectRows } from '../../platform/db.js';
import { call, startHarness, type Harness } from '../../test/harness.js';
import { enrolDateTriggers } from './journeys.dates.js';
import { def, sendsOf, shop, stepLog } from './journeys.test-kit.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const tagStep = [{ id: 'a', type: 'action' as const, action: { kind: 'add_tag' as const, tag: 'in' }, next: null }];

describe('journey triggers', () => {
  it('an event with property filters enrols its contact in the processor’s transaction, with its properties', async () => {
    const s = await shop(h);
    const [ann, bob] = [await s.person({ externalId: 'u-ann' }), await s.person({ externalId: 'u-bob' })];
    const j = await s.journey(
      def({
        trigger: { type: 'event', event: 'Checkout Started', where: [{ property: 'total', op: 'gt', value: 100 }] },
        start: 'mail',
        steps: [{ id: 'mail', type: 'action', action: { kind: 'send', templateId: s.email.id }, next: null }],
      }),
    );
    await s.track({ userId: 'u-ann', event: 'Checkout Started', properties: { total: 50 } }, { userId: 'u-bob', event: 'Checkout Started', properties: { total: 150, item: 'kettle' } });
    expect((await s.runs(j.id)).map((r) => r.contactId)).toEqual([bob.id]);
    await h.processJourneys();
    expect((await sendsOf(h, j.id)).map((x) => x.data.event)).toEqual([{ total: 150, item: 'kettle' }]);
    expect(ann.id).not.toBe(bob.id);
  });

  it('an exit event after the trigger in the same chunk exits the run it started; one before it does not', async () => {
    const s = await shop(h);
    const [quick, slow] = [await s.person({ externalId: 'u-quick' }), await s.person({ externalId: 'u-slow' })];
    const j = await s.journey({
      ...def({ trigger: { type: 'event', event: 'Checkout Started' }, start: 'w', steps: [{ id: 'w', type: 'wait', wait: { kind: 'duration', minutes: 60 }, next: null }] }),
      exitOn: [{ event: 'Order Completed' }],
    });
    const t = (s: number) => new Date(Date.now() - 60_000 + s * 1000).toISOString();
    await s.track(
      { userId: 'u-quick', event: 'Checkout Started', timestamp: t(1) },
      { userId: 'u-quick', event: 'Order Completed', properties: { order_id: 'q1' }, timestamp: t(2) },
      { userId: 'u-slow', event: 'Order Completed', properties: { order_id: 's0' }, timestamp: t(1) },
      { userId: 'u-slow', event: 'Checkout Started', timestamp: t(2) },
    );
    const runs = await s.runs(j.id);
    expect(runs.find((r) => r.contactId === quick.id)).toMatchObject({ status: 'exited', exitReason: 'exit_event:Order Completed' });
    expect(runs.find((r) => r.contactId === slow.id)).toMatchObject({ status: 'active' });
  });

  it('entering and leaving a segment start journeys, through the domain-event queue', async () => {
    const s = await shop(h);
    const ann = await s.person();
    const vip = (await call(h, s.ws.headers, 'POST', '/api/v1/segments', { name: 'VIP', definition: { type: 'group', combinator: 'and', children: [{ type: 'condition', field: 'tags', op: 'in', value: ['vip'] }] } })).json<{ id: string }>().id;
    const entered = await s.journey(def({ trigger: { type: 'segment_entered', segmentId: vip }, start: 'a', steps: tagStep }));
    const left = await s.journey(def({ trigger: { type: 'segment_exited', segmentId: vip }, start: 'a', steps: tagStep }));
    await call(h, s.ws.headers, 'PATCH', `/api/v1/contacts/${ann.id}`, { tags: ['vip'] });
    await h.processSegments();
    await h.processJourneys();
    expect((await s.runs(entered.id)).map((r) => [r.contactId, r.status])).toEqual([[ann.id, 'completed']]);
    expect(await s.runs(left.id)).toEqual([]);
    await call(h, s.ws.headers, 'PATCH', `/api/v1/contacts/${ann.id}`, { tags: [] });
    await h.processSegments();
    await h.processJourneys();
    expect((await s.runs(left.id)).map((r) => r.contactId)).toEqual([ann.id]);
    const [queued] = await selectRows<{ n: number }>(h.database.db, sql`select count(*)::int as n from journey_signals where workspace_id = ${s.ws.workspaceId}`);
    expect(queued!.n).toBe(0);
  });

  it('NASLD and lifecycle changes start journeys, by the state they reach (and come from)', async () => {
    const s = await shop(h);
    const [ann, bob, cy] = [await s.person(), await s.person(), await s.person()];
    const sleepy = await s.journey(def({ trigger: { type: 'model_changed', model: 'nasld', to: 'S', from: 'A' }, start: 'a', steps: tagStep }));
    const customer = await s.journey(def({ trigger: { type: 'model_changed', model: 'lifecycle', to: 'customer' }, start: 'a', steps: tagStep }));
    // As the models and the lifecycle rules announce changes.
    await h.database.db.execute(sql`insert into domain_events (workspace_id, kind, contact_id, data) values
      (${s.ws.workspaceId}, 'nasld.changed', ${ann.id}::uuid, '{"from": "A", "to": "S"}'),
      (${s.ws.workspaceId}, 'nasld.changed', ${bob.id}::uuid, '{"from": "N", "to": "S"}'),
      (${s.ws.workspaceId}, 'lifecycle.changed', ${cy.id}::uuid, '{"from": "lead", "to": "customer"}')`);
    await h.processJourneys();
    expect((await s.runs(sleepy.id)).map((r) => r.contactId)).toEqual([ann.id]);
    expect((await s.runs(customer.id)).map((r) => r.contactId)).toEqual([cy.id]);
    const [run] = await selectRows<{ event: Record<string, unknown> }>(h.database.db, sql`select event from journey_runs where journey_id = ${sleepy.id}::uuid`);
    expect(run!.event).toEqual({ from: 'A', to: 'S' });
  });

  it('signals of workspaces without a listening journey are not queued', async () => {
    const s = await shop(h);
    const ann = await s.person();
    await h.database.db.execute(sql`insert into domain_events (workspace_id, kind, contact_id, data) values (${s.ws.workspaceId}, 'nasld.changed', ${ann.id}::uuid, '{"from": "A", "to": "S"}')`);
    const [queued] = await selectRows<{ n: number }>(h.database.db, sql`select count(*)::int as n from journey_signals where workspace_id = ${s.ws.workspaceId}`);
    expect(queued!.n).toBe(0);
  });

  it('a date fires on the day in the contact’s time zone from the local time, once per occurrence', async () => {
    const s = await shop(h);
    await call(h, s.ws.headers, 'POST', '/api/v1/custom-fields', { entity: 'contact', key: 'renewal', label: 'Renewal', type: 'date' });
    const tokyo = await s.person({ birthday: '1990-03-14', timezone: 'Asia/Tokyo' });
    const utc = await s.person({ birthday: '1985-03-14' });
    const leap = await s.person({ birthday: '1992-02-29', timezone: 'Asia/Tokyo' });
    const renews = await s.person({ custom: { renewal: '2031-03-21' } });
    const birthday = await s.journey(def({ trigger: { type: 'date', field: 'birthday', at: '09:00' }, start: 'a', steps: tagStep }));
    const weekBefore = await s.journey(def({ trigger: { type: 'date', field: 'renewal', offsetDays: -7, recurring: false, at: '00:00' }, start: 'a', steps: tagStep }));
    const entered = async (id: string) => (await s.runs(id)).map((r) => r.contactId).sort();
    // 08:00 in Tokyo, 23:00 UTC the day before: nobody yet.
    await enrolDateTriggers(h.database, new Date('2031-03-13T23:00:00Z'));
    expect(await entered(birthday.id)).toEqual([]);
    // 10:00 in Tokyo: Tokyo's birthday; UTC is still at 01:00 on the 14th, before 09:00.
    await enrolDateTriggers(h.database, new Date('2031-03-14T01:00:00Z'));
    expect(await entered(birthday.id)).toEqual([tokyo.id]);
    expect(await entered(weekBefore.id)).toEqual([renews.id]);
    await enrolDateTriggers(h.database, new Date('2031-03-14T10:00:00Z'));
    await enrolDateTriggers(h.database, new Date('2031-03-14T11:00:00Z'));
    expect(await entered(birthday.id)).toEqual([tokyo.id, utc.id].sort());
    const [occ] = await selectRows<{ occurrence: string }>(h.database.db, sql`select occurrence from journey_runs where journey_id = ${birthday.id}::uuid and contact_id = ${utc.id}::uuid`);
    expect(occ!.occurrence).toBe('2031-03-14');
    // 29 February falls on the 28th in a common year.
    await enrolDateTriggers(h.database, new Date('2031-02-28T03:00:00Z'));
    expect(await entered(birthday.id)).toContain(leap.id);
    // The next year is a new occurrence.
    await h.processJourneys();
    await enrolDateTriggers(h.database, new Date('2032-03-14T01:00:00Z'));
    expect((await s.runs(birthday.id, `&contactId=${tokyo.id}`)).length).toBe(2);
    expect((await stepLog(h, birthday.id)).length).toBeGreaterThan(0);
  });
});
