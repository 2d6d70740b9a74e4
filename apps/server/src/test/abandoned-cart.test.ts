import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { sql } from 'drizzle-orm';
import type { Contact, CouponCode, CouponPool, Journey, MessageSend, Page } from '@rapport/contracts';
import { call, newWorkspace, startHarness, writeKeyAuth, type Harness } from './harness.js';

/**
 * Issue 6's "Done when": the abandoned-cart recipe end to end, driven by real tracking events.
 * Checkout Started without Order Completed → the wait runs out → the email with a coupon reaches
 * the local SMTP server → its link is clicked → an order uses the coupon → the conversion and its
 * revenue are credited to the message, the coupon is redeemed and the journey's goal is met.
 */
const mails: ParsedMail[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, _s, done) {
    simpleParser(stream).then((m) => {
      mails.push(m);
      done();
    }, done);
  },
});

let h: Harness;
beforeAll(async () => {
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  h = await startHarness({ RAPPORT_SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}` });
});
afterAll(async () => {
  await h.close();
  await new Promise<void>((r) => smtp.close(() => r()));
});

describe('the abandoned-cart recipe, end to end', () => {
  it('turns an abandoned checkout into a credited, coupon-redeeming order', async () => {
    const ws = await newWorkspace(h, 'Tea & Co');
    const source = (await call(h, ws.headers, 'POST', '/api/v1/sources', { name: 'Shop' })).json<{ writeKey: string }>();
    const track = async (body: object) => {
      const res = await h.app.inject({ method: 'POST', url: '/v1/batch', headers: { 'content-type': 'application/json', ...writeKeyAuth(source.writeKey) }, payload: { batch: [body] } });
      expect(res.statusCode, res.body).toBe(200);
      await h.processEvents();
    };
    const pool = (await call(h, ws.headers, 'POST', '/api/v1/coupon-pools', { name: 'Cart rescue', kind: 'generated', prefix: 'CART', valueType: 'amount', value: 100, validDays: 7 })).json<CouponPool>();
    const made = await call(h, ws.headers, 'POST', '/api/v1/journey-recipes/abandoned_cart', { couponPoolId: pool.id });
    expect(made.statusCode, made.body).toBe(201);
    const journey = made.json<Journey>();
    expect((await call(h, ws.headers, 'POST', `/api/v1/journeys/${journey.id}/publish`)).statusCode).toBe(200);

    // Mei signs up on the site and starts a checkout; she has agreed to email.
    await track({ type: 'identify', userId: 'mei-1', traits: { firstName: 'Mei', email: 'mei@tea.example' }, messageId: 'm1' });
    const [mei] = (await call(h, ws.headers, 'GET', '/api/v1/contacts')).json<Page<Contact>>().data;
    expect((await call(h, ws.headers, 'POST', `/api/v1/contacts/${mei!.id}/consents`, { channel: 'email', status: 'subscribed' })).statusCode).toBe(201);
    await track({ type: 'track', event: 'Checkout Started', userId: 'mei-1', properties: { value: 880 }, messageId: 'm2' });
    await h.processJourneys();
    const runs = await h.database.db.execute(sql`select id, status, phase, step_id from journey_runs where journey_id = ${journey.id}`);
    const rows = ((runs as unknown as { rows?: unknown[] }).rows ?? runs) as { status: string; phase: string; step_id: string }[];
    expect(rows).toMatchObject([{ status: 'active', phase: 'waiting', step_id: 'wait_order' }]);
    expect(mails).toHaveLength(0);

    // Two days pass without an order.
    await h.database.db.execute(sql`update journey_runs set wait_until = now() - interval '1 second', due_at = now() - interval '1 second' where journey_id = ${journey.id}`);
    await h.processJourneys();
    await h.processSends();
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.to && !Array.isArray(mail.to) && mail.to.value[0]?.address).toBe('mei@tea.example');
    const code = /CART-[A-Z0-9]{8}/.exec(mail.html || '')?.[0];
    expect(code, mail.html || '').toBeDefined();
    expect(mail.headerLines.some((l) => l.key === 'list-unsubscribe-post')).toBe(true);

    // She clicks through to her cart…
    const link = /href="([^"]*\/t\/c\/[^"]+)"/.exec(mail.html as string)![1]!.replace(/&amp;/g, '&');
    const click = await h.app.inject({ method: 'GET', url: link.replace(h.config.baseUrl, '') });
    expect(click.statusCode).toBe(302);
    expect(click.headers.location).toMatch(/\/cart\?utm_source=rapport&utm_medium=email&utm_campaign=journey-/);

    // …and orders with the coupon.
    await track({ type: 'track', event: 'Order Completed', userId: 'mei-1', properties: { order_id: 'T-1001', total: 780, coupon: code, products: [{ sku: 'OOLONG', price: 880, quantity: 1 }] }, messageId: 'm3' });
    await h.processConversions();
    await h.processJourneys();
    const [send] = (await call(h, ws.headers, 'GET', `/api/v1/messages?contactId=${mei!.id}`)).json<Page<MessageSend>>().data;
    expect(send).toMatchObject({ status: 'sent', sourceKind: 'journey', sourceId: journey.id, revenue: 780 });
    expect(send!.clickedAt).not.toBeNull();
    expect(send!.convertedAt).not.toBeNull();
    const [used] = (await call(h, ws.headers, 'GET', `/api/v1/coupon-pools/${pool.id}/codes`)).json<Page<CouponCode>>().data;
    expect(used).toMatchObject({ code, contactId: mei!.id });
    expect(used!.redeemedAt).not.toBeNull();
    const stats = (await call(h, ws.headers, 'GET', `/api/v1/journeys/${journey.id}/stats`)).json<{ converted: number; entered: number }>();
    expect(stats).toMatchObject({ entered: 1, converted: 1 });
  });
});
