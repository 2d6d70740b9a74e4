import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Contact, Page, Task } from '@rapport/contracts';
import { selectRows } from '../../platform/db.js';
import { call, newMember, startHarness, type Harness } from '../../test/harness.js';
import { def, elapse, sendsOf, shop, stepLog } from './journeys.test-kit.js';
import { localParts } from './journeys.time.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const contact = async (s: Awaited<ReturnType<typeof shop>>, id: string) => (await call(h, s.ws.headers, 'GET', `/api/v1/contacts/${id}`)).json<Contact>();

describe('journey steps', () => {
  it('tags, waits a duration, sends with the trigger properties and exits', async () => {
    const s = await shop(h);
    const ann = await s.person();
    const j = await s.journey(
      def({
        start: 'tag',
        steps: [
          { id: 'tag', type: 'action', action: { kind: 'add_tag', tag: 'welcomed' }, next: 'wait' },
          { id: 'wait', type: 'wait', wait: { kind: 'duration', minutes: 60 }, next: 'mail' },
          { id: 'mail', type: 'action', action: { kind: 'send', templateId: s.email.id }, next: 'bye' },
          { id: 'bye', type: 'exit' },
        ],
      }),
    );
    expect((await s.enrol(j.id, [ann.id], { item: 'tea' })).enrolled).toBe(1);
    await h.processJourneys();
    expect((await contact(s, ann.id)).tags).toEqual(['welcomed']);
    const [waiting] = await s.runs(j.id);
    expect(waiting).toMatchObject({ status: 'active', stepId: 'wait', waiting: true });
    expect(new Date(waiting!.waitUntil!).getTime() - Date.now()).toBeGreaterThan(59 * 60_000);
    // Nothing happens before the wait is over.
    await h.processJourneys();
    expect(await sendsOf(h, j.id)).toEqual([]);
    await elapse(h, s);
    await h.processJourneys();
    const sends = await sendsOf(h, j.id);
    expect(sends).toHaveLength(1);
    expect(sends[0]).toMatchObject({ contact_id: ann.id, template_id: s.email.id, idempotency_key: `journey:${waiting!.id}:mail:3`, data: { event: { item: 'tea' } } });
    const [done] = await s.runs(j.id);
    expect(done).toMatchObject({ status: 'completed', stepId: null, exitReason: 'exit_step' });
    expect((await stepLog(h, j.id)).map((l) => [l.step_id, l.seq, l.outcome])).toEqual([
      ['tag', 1, 'done'],
      ['wait', 2, 'elapsed'],
      ['mail', 3, 'sent'],
      ['bye', 4, 'exit'],
    ]);
    // The tag is audited as the journey's doing.
    const audit = (await call(h, s.ws.headers, 'GET', `/api/v1/audit-log?entityId=${ann.id}`)).json<Page<{ actorLabel: string; changes: Record<string, unknown> }>>().data;
    expect(audit.find((a) => a.changes.tags)?.actorLabel).toBe('Journey: J');
  });

  it('waits until a time of day in the contact’s time zone, and until a date field', async () => {
    const s = await shop(h);
    const taipei = await s.person({ timezone: 'Asia/Taipei', birthday: '2031-05-20' });
    const undated = await s.person();
    const clock = await s.journey(def({ start: 'w', steps: [{ id: 'w', type: 'wait', wait: { kind: 'time_of_day', at: '09:30' }, next: null }] }));
    await s.enrol(clock.id, [taipei.id]);
    await h.processJourneys();
    const [run] = await s.runs(clock.id);
    const local = localParts(new Date(run!.waitUntil!), 'Asia/Taipei');
    expect(local.minutes).toBe(9 * 60 + 30);
    expect(new Date(run!.waitUntil!).getTime() - Date.now()).toBeLessThanOrEqual(86_400_000);

    const dated = await s.journey(def({ start: 'w', steps: [{ id: 'w', type: 'wait', wait: { kind: 'date_field', field: 'birthday', offsetDays: -1, at: '08:00' }, next: 'a' }, { id: 'a', type: 'action', action: { kind: 'add_tag', tag: 'eve' }, next: null }] }));
    await s.enrol(dated.id, [taipei.id, undated.id]);
    await h.processJourneys();
    const runs = await s.runs(dated.id);
    const waiting = runs.find((r) => r.contactId === taipei.id)!;
    // 2031-05-19 08:00 in Taipei (UTC+8).
    expect(waiting).toMatchObject({ status: 'active', waiting: true, waitUntil: '2031-05-19T00:00:00.000Z' });
    // A contact without the date goes on at once, and the log says why.
    expect(runs.find((r) => r.contactId === undated.id)).toMatchObject({ status: 'completed' });
    expect((await stepLog(h, dated.id)).find((l) => l.contact_id === undated.id && l.step_id === 'w')).toMatchObject({ outcome: 'skipped', detail: { reason: 'no_date' } });
  });

  it('waits for an event with a timeout: the event takes one way, the timeout the other', async () => {
    const s = await shop(h);
    const buyer = await s.person({ externalId: 'u-buyer' });
    const idle = await s.person({ externalId: 'u-idle' });
    const j = await s.journey(
      def({
        start: 'w',
        steps: [
          { id: 'w', type: 'wait_for', until: { kind: 'event', event: 'Order Completed', where: [{ property: 'total', op: 'gt', value: 10 }] }, timeoutMinutes: 120, onEvent: 'thanks', onTimeout: 'nudge' },
          { id: 'thanks', type: 'action', action: { kind: 'add_tag', tag: 'bought' }, next: null },
          { id: 'nudge', type: 'action', action: { kind: 'add_tag', tag: 'nudged' }, next: null },
        ],
      }),
    );
    await s.enrol(j.id, [buyer.id, idle.id]);
    await h.processJourneys();
    expect((await s.runs(j.id)).map((r) => r.waitingFor)).toEqual(['Order Completed', 'Order Completed']);
    // An order under the filter's total does not count; one over it does.
    await s.track({ userId: 'u-buyer', event: 'Order Completed', properties: { order_id: 'o1', total: 5 } });
    await h.processJourneys();
    expect((await s.runs(j.id, '&status=active'))).toHaveLength(2);
    await s.track({ userId: 'u-buyer', event: 'Order Completed', properties: { order_id: 'o2', total: 50 } });
    await h.processJourneys();
    expect((await contact(s, buyer.id)).tags).toEqual(['bought']);
    await elapse(h, s);
    await h.processJourneys();
    expect((await contact(s, idle.id)).tags).toEqual(['nudged']);
    expect((await stepLog(h, j.id)).filter((l) => l.step_id === 'w').map((l) => [l.contact_id, l.outcome]).sort()).toEqual(
      [[buyer.id, 'event'], [idle.id, 'timeout']].sort(),
    );
  });

  it('an event that came before the contact reached the wait-for, after the trigger, counts', async () => {
    const s = await shop(h);
    const quick = await s.person({ externalId: 'u-quick' });
    const j = await s.journey(def({ start: 'w', steps: [{ id: 'w', type: 'wait_for', until: { kind: 'event', event: 'Signed Up' }, timeoutMinutes: 60, onEvent: 'yes', onTimeout: null }, { id: 'yes', type: 'action', action: { kind: 'add_tag', tag: 'fast' }, next: null }] }));
    await s.enrol(j.id, [quick.id]);
    // Tracked between enrolment and the engine's first pass.
    await s.track({ userId: 'u-quick', event: 'Signed Up', timestamp: new Date(Date.now() + 1000).toISOString() });
    await h.processJourneys();
    expect((await contact(s, quick.id)).tags).toEqual(['fast']);
  });

  it('waits for a condition, looking again until the timeout', async () => {
    const s = await shop(h);
    const later = await s.person();
    const never = await s.person();
    const vip = { type: 'group' as const, combinator: 'and' as const, children: [{ type: 'condition' as const, field: 'tags', op: 'in' as const, value: ['vip'] }] };
    const j = await s.journey(def({ start: 'w', steps: [{ id: 'w', type: 'wait_for', until: { kind: 'condition', definition: vip }, timeoutMinutes: 600, onEvent: 'ok', onTimeout: 'late' }, { id: 'ok', type: 'action', action: { kind: 'add_tag', tag: 'promoted' }, next: null }, { id: 'late', type: 'action', action: { kind: 'add_tag', tag: 'late' }, next: null }] }));
    await s.enrol(j.id, [later.id, never.id]);
    await h.processJourneys();
    await call(h, s.ws.headers, 'PATCH', `/api/v1/contacts/${later.id}`, { tags: ['vip'] });
    await elapse(h, s, { timeouts: false });
    await h.processJourneys();
    expect((await contact(s, later.id)).tags).toEqual(['vip', 'promoted']);
    expect((await s.runs(j.id, '&status=active')).map((r) => r.contactId)).toEqual([never.id]);
    await elapse(h, s);
    await h.processJourneys();
    expect((await contact(s, never.id)).tags).toEqual(['late']);
  });

  it('branches on a list and on a condition, and splits by weight', async () => {
    const s = await shop(h);
    const inList = await s.person({ tags: ['gold'] });
    const outside = await s.person();
    const list = (await call(h, s.ws.headers, 'POST', '/api/v1/segments', { name: 'Chosen', kind: 'static' })).json<{ id: string }>().id;
    await call(h, s.ws.headers, 'POST', `/api/v1/segments/${list}/members`, { contactIds: [inList.id] });
    const gold = { type: 'group' as const, combinator: 'and' as const, children: [{ type: 'condition' as const, field: 'tags', op: 'in' as const, value: ['gold'] }] };
    const j = await s.journey(
      def({
        start: 'listed',
        steps: [
          { id: 'listed', type: 'branch', condition: { kind: 'segment', segmentId: list }, yes: 'gold', no: 'gold' },
          { id: 'gold', type: 'branch', condition: { kind: 'condition', definition: gold }, yes: null, no: 'ab' },
          { id: 'ab', type: 'split', paths: [{ key: 'A', weight: 1, next: null }, { key: 'B', weight: 3, next: null }] },
        ],
      }),
    );
    const crowd = [outside, ...(await Promise.all(Array.from({ length: 39 }, () => s.person())))];
    await s.enrol(j.id, [inList.id, ...crowd.map((c) => c.id)]);
    await h.processJourneys();
    const log = await stepLog(h, j.id);
    expect(log.find((l) => l.contact_id === inList.id && l.step_id === 'listed')?.outcome).toBe('yes');
    expect(log.find((l) => l.contact_id === inList.id && l.step_id === 'gold')?.outcome).toBe('yes');
    expect(log.find((l) => l.contact_id === outside.id && l.step_id === 'listed')?.outcome).toBe('no');
    const paths = log.filter((l) => l.step_id === 'ab').map((l) => l.outcome);
    expect(paths).toHaveLength(40);
    expect(paths.filter((p) => p === 'A').length).toBeGreaterThan(2);
    expect(paths.filter((p) => p === 'B').length).toBeGreaterThan(paths.filter((p) => p === 'A').length);
  });

  it('removes tags, sets fields, creates tasks for the owner or a member, issues a coupon for a later send, and calls a webhook', async () => {
    const s = await shop(h);
    const rep = await newMember(h, s.ws, 'member');
    await call(h, s.ws.headers, 'POST', '/api/v1/custom-fields', { entity: 'contact', key: 'tier', label: 'Tier', type: 'text' });
    const pool = (await call(h, s.ws.headers, 'POST', '/api/v1/coupon-pools', { name: 'Ten off', kind: 'generated', prefix: 'TEN', valueType: 'amount', value: 10 })).json<{ id: string }>().id;
    const ann = await s.person({ tags: ['lead', 'cold'], ownerId: s.ws.userId });
    const j = await s.journey(
      def({
        start: 'untag',
        steps: [
          { id: 'untag', type: 'action', action: { kind: 'remove_tag', tag: 'cold' }, next: 'stage' },
          { id: 'stage', type: 'action', action: { kind: 'update_field', field: 'jobTitle', value: 'Buyer' }, next: 'tier' },
          { id: 'tier', type: 'action', action: { kind: 'update_field', field: 'custom.tier', value: 'gold' }, next: 'owner_task' },
          { id: 'owner_task', type: 'action', action: { kind: 'create_task', title: 'Call', dueInDays: 2 }, next: 'rep_task' },
          { id: 'rep_task', type: 'action', action: { kind: 'create_task', title: 'Help', assignTo: rep.userId, queue: 'service' }, next: 'coupon' },
          { id: 'coupon', type: 'action', action: { kind: 'issue_coupon', couponPoolId: pool }, next: 'mail' },
          { id: 'mail', type: 'action', action: { kind: 'send', templateId: s.email.id }, next: 'hook' },
          { id: 'hook', type: 'action', action: { kind: 'webhook', templateId: s.hook.id }, next: null },
        ],
      }),
    );
    await s.enrol(j.id, [ann.id]);
    await h.processJourneys();
    const after = await contact(s, ann.id);
    expect(after.tags).toEqual(['lead']);
    expect(after.jobTitle).toBe('Buyer');
    expect(after.custom).toMatchObject({ tier: 'gold' });
    const tasks = (await call(h, s.ws.headers, 'GET', `/api/v1/tasks?contactId=${ann.id}`)).json<Page<Task>>().data;
    expect(tasks.map((t) => [t.title, t.assigneeId, t.queue, t.sourceKind, t.sourceId])).toEqual([
      ['Help', rep.userId, 'service', 'journey', j.id],
      ['Call', s.ws.userId, 'sales', 'journey', j.id],
    ]);
    const log = await stepLog(h, j.id);
    const code = log.find((l) => l.step_id === 'coupon')!.detail!.code as string;
    expect(code).toMatch(/^TEN-/);
    const sends = await sendsOf(h, j.id);
    expect(sends.map((x) => x.template_id)).toEqual([s.email.id, s.hook.id]);
    expect((sends[0]!.data.coupon as { code: string }).code).toBe(code);
    expect(log.map((l) => l.outcome)).toEqual(['done', 'done', 'done', 'created', 'created', 'issued', 'sent', 'called']);
  });

  it('skips a send whose template is gone, and ends the runs of deleted contacts', async () => {
    const s = await shop(h);
    const ann = await s.person();
    const gone = await s.person();
    const j = await s.journey(def({ start: 'w', steps: [{ id: 'w', type: 'wait', wait: { kind: 'duration', minutes: 5 }, next: 'mail' }, { id: 'mail', type: 'action', action: { kind: 'send', templateId: s.sms.id }, next: null }] }));
    await s.enrol(j.id, [ann.id, gone.id]);
    await h.processJourneys();
    await call(h, s.ws.headers, 'DELETE', `/api/v1/message-templates/${s.sms.id}`);
    await call(h, s.ws.headers, 'DELETE', `/api/v1/contacts/${gone.id}`);
    await elapse(h, s);
    await h.processJourneys();
    const runs = await s.runs(j.id);
    expect(runs.find((r) => r.contactId === ann.id)).toMatchObject({ status: 'completed' });
    expect(runs.find((r) => r.contactId === gone.id)).toMatchObject({ status: 'exited', exitReason: 'contact_gone' });
    expect((await stepLog(h, j.id)).find((l) => l.step_id === 'mail')).toMatchObject({ outcome: 'skipped', detail: { reason: 'template_gone' } });
    const [row] = await selectRows<{ n: number }>(h.database.db, sql`select count(*)::int as n from message_sends where source_id = ${j.id}`);
    expect(row!.n).toBe(0);
  });
});
