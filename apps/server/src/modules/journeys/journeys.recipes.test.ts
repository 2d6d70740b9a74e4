import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Journey, JourneyRecipe, MessageTemplate, OutboxMessage, Page } from '@rapport/contracts';
import { call, startHarness, type Harness } from '../../test/harness.js';
import { elapse, sendsOf, shop } from './journeys.test-kit.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const pool = async (s: Awaited<ReturnType<typeof shop>>) =>
  (await call(h, s.ws.headers, 'POST', '/api/v1/coupon-pools', { name: 'Come back', kind: 'generated', prefix: 'BACK', valueType: 'percent', value: 10, validDays: 14 })).json<{ id: string }>().id;

describe('journey recipes', () => {
  it('each recipe makes a draft with its templates, which passes the checks and goes live', async () => {
    const s = await shop(h);
    const couponPoolId = await pool(s);
    const recipes = (await call(h, s.ws.headers, 'GET', '/api/v1/journey-recipes')).json<JourneyRecipe[]>();
    expect(recipes.map((r) => r.key)).toEqual(['welcome_series', 'abandoned_cart', 'browse_abandonment', 'f2_nudge', 'birthday', 'winback', 'review_request']);
    const before = (await call(h, s.ws.headers, 'GET', '/api/v1/message-templates?limit=200')).json<Page<MessageTemplate>>().data.length;
    for (const r of recipes) {
      const res = await call(h, s.ws.headers, 'POST', `/api/v1/journey-recipes/${r.key}`, r.needsCouponPool ? { couponPoolId } : {});
      expect(res.statusCode, `${r.key}: ${res.body}`).toBe(201);
      const j = res.json<Journey>();
      expect(j).toMatchObject({ status: 'draft', name: r.name });
      const live = await call(h, s.ws.headers, 'POST', `/api/v1/journeys/${j.id}/publish`);
      expect(live.statusCode, `${r.key}: ${live.body}`).toBe(200);
    }
    const after = (await call(h, s.ws.headers, 'GET', '/api/v1/message-templates?limit=200')).json<Page<MessageTemplate>>().data.length;
    expect(after - before).toBe(9);
  });

  it('asks for a coupon pool where the recipe gives a coupon, and refuses another workspace’s', async () => {
    const s = await shop(h);
    const other = await shop(h, 'Other');
    const missing = await call(h, s.ws.headers, 'POST', '/api/v1/journey-recipes/abandoned_cart', {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe('couponPoolId');
    const foreign = await call(h, s.ws.headers, 'POST', '/api/v1/journey-recipes/abandoned_cart', { couponPoolId: await pool(other) });
    expect(foreign.statusCode).toBe(400);
    expect((await call(h, s.ws.headers, 'POST', '/api/v1/journey-recipes/nope', {})).statusCode).toBe(404);
  });

  it('abandoned cart, driven by tracked events: no order in 2 days → an email with a coupon; the buyer leaves; the order with the coupon converts', async () => {
    const s = await shop(h);
    const couponPoolId = await pool(s);
    const j = (await call(h, s.ws.headers, 'POST', '/api/v1/journey-recipes/abandoned_cart', { couponPoolId })).json<Journey>();
    await call(h, s.ws.headers, 'POST', `/api/v1/journeys/${j.id}/publish`);
    const [ann, bob] = [await s.person({ externalId: 'u-ann', firstName: 'Ann' }), await s.person({ externalId: 'u-bob' })];
    for (const c of [ann, bob]) await call(h, s.ws.headers, 'POST', `/api/v1/contacts/${c.id}/consents`, { channel: 'email', status: 'subscribed' });
    await s.track({ userId: 'u-ann', event: 'Checkout Started', properties: { total: 80 } }, { userId: 'u-bob', event: 'Checkout Started', properties: { total: 40 } });
    await h.processJourneys();
    expect((await s.runs(j.id)).map((r) => r.waitingFor)).toEqual(['Order Completed', 'Order Completed']);
    // Bob buys within the two days: he leaves, and his order is the journey's goal.
    await s.track({ userId: 'u-bob', event: 'Order Completed', properties: { order_id: 'B-1', total: 40 } });
    expect((await s.runs(j.id, `&contactId=${bob.id}`))[0]).toMatchObject({ status: 'exited', exitReason: 'exit_event:Order Completed' });
    await elapse(h, s);
    await h.processJourneys();
    const sends = await sendsOf(h, j.id);
    expect(sends.map((x) => [x.contact_id, x.data.couponPoolId])).toEqual([[ann.id, couponPoolId]]);
    await h.processSends();
    expect((await sendsOf(h, j.id))[0]!.status).toBe('sent');
    const [kept] = (await call(h, s.ws.headers, 'GET', '/api/v1/outbox')).json<Page<OutboxMessage>>().data;
    const mail = (await call(h, s.ws.headers, 'GET', `/api/v1/outbox/${kept!.id}`)).json<OutboxMessage>().message as { html: string; subject: string };
    const code = /BACK-[A-Z0-9]{8}/.exec(mail.html)?.[0];
    expect(code, mail.html).toBeDefined();
    await s.track({ userId: 'u-ann', event: 'Order Completed', properties: { order_id: 'A-1', total: 72, coupon: code } });
    const stats = (await call(h, s.ws.headers, 'GET', `/api/v1/journeys/${j.id}/stats`)).json<{ converted: number; conversionRate: number; exited: number; completed: number }>();
    expect(stats).toMatchObject({ converted: 2, conversionRate: 1, exited: 1, completed: 1 });
    await h.processConversions();
    const codes = (await call(h, s.ws.headers, 'GET', `/api/v1/coupon-pools/${couponPoolId}/codes`)).json<Page<{ code: string; redeemedAt: string | null }>>().data;
    expect(codes.find((c) => c.code === code)?.redeemedAt).not.toBeNull();
  });
});
