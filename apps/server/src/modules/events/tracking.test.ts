import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Source, SourceReject, StoredEvent, TimelineEntry, TrackResponse } from '@rapport/contracts';
import { call, contactsByExternalId, newWorkspace, startHarness, writeKeyAuth, type Harness, type Session } from '../../test/harness.js';

let h: Harness;
let ws: Session;
let source: Source;
const basic = writeKeyAuth;
const post = (path: string, body: unknown, headers: Record<string, string> = basic(source.writeKey)) =>
  h.app.inject({ method: 'POST', url: path, headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify(body) });
const events = async (q: string) => (await call(h, ws.headers, 'GET', `/api/v1/events?${q}`)).json<Page<StoredEvent>>().data;
const contactByUser = (userId: string) => contactsByExternalId(h, ws, userId);

beforeAll(async () => {
  h = await startHarness();
  ws = await newWorkspace(h);
  const res = await call(h, ws.headers, 'POST', '/api/v1/sources', { name: 'Website', kind: 'web' });
  expect(res.statusCode, res.body).toBe(201);
  source = res.json<Source>();
});
afterAll(() => h.close());

describe('tracking API', () => {
  it('stores a track call, once however often it is retried', async () => {
    const msg = { userId: 'u-1', event: 'Signed Up', properties: { plan: 'pro' }, messageId: 'not-a-uuid-1', timestamp: new Date().toISOString() };
    const first = await post('/v1/track', msg);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<TrackResponse>()).toEqual({ success: true, accepted: 1, duplicates: 0, rejected: [] });
    const again = await post('/v1/t', msg);
    expect(again.json<TrackResponse>()).toMatchObject({ accepted: 0, duplicates: 1 });
    await post('/v1/batch', { batch: [{ ...msg, type: 'track' }, { ...msg, type: 'track' }] });
    await h.processEvents();
    const [contact] = await contactByUser('u-1');
    expect(contact).toBeDefined();
    const stored = await events(`contactId=${contact!.id}`);
    expect(stored.map((e) => [e.type, e.name, e.messageId])).toEqual([['track', 'Signed Up', 'not-a-uuid-1']]);
    expect(stored[0]!.properties).toEqual({ plan: 'pro' });
  });

  it('stores the valid events of a batch and lists the others by index with reasons', async () => {
    const now = new Date().toISOString();
    const res = await post('/v1/batch', {
      batch: [
        { type: 'page', anonymousId: 'anon-b1', name: 'Home', properties: { url: 'https://shop.example/' }, timestamp: now },
        { type: 'track', anonymousId: 'anon-b1' },
        { type: 'track', userId: 'null', event: 'X' },
        { type: 'teleport', userId: 'u-2' },
        { type: 'track', userId: 'u-2', event: 'Y', timestamp: '2999-01-01T00:00:00Z' },
        { type: 'track', userId: 'u-2', event: 'Z', properties: { blob: 'x'.repeat(33 * 1024) } },
        'not an object',
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<TrackResponse>();
    expect(body.accepted).toBe(1);
    expect(body.rejected.map((r) => r.index)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(body.rejected[0]!.reason).toMatch(/event name/);
    expect(body.rejected[1]!.reason).toMatch(/userId or anonymousId/);
    expect(body.rejected[2]!.reason).toMatch(/type/);
    expect(body.rejected[3]!.reason).toMatch(/ahead/);
    expect(body.rejected[4]!.reason).toMatch(/limit is 32768/);
    const log = (await call(h, ws.headers, 'GET', `/api/v1/sources/${source.id}/rejects`)).json<{ data: SourceReject[] }>().data;
    expect(log.filter((r) => r.reason.match(/ahead/)).length).toBeGreaterThan(0);
  });

  it('refuses whole requests that are bad: no key, unknown key, bad JSON, too large, all invalid', async () => {
    expect((await post('/v1/track', { userId: 'u', event: 'E' }, {})).statusCode).toBe(401);
    expect((await post('/v1/track', { userId: 'u', event: 'E' }, basic('wk_nope'))).statusCode).toBe(401);
    const bad = await h.app.inject({ method: 'POST', url: '/v1/track', headers: { 'content-type': 'text/plain', ...basic(source.writeKey) }, payload: '{"userId":' });
    expect(bad.statusCode).toBe(400);
    const big = await post('/v1/track', { userId: 'u', event: 'E', properties: { blob: 'x'.repeat(40 * 1024) } });
    expect(big.statusCode).toBe(413);
    expect(big.json<{ code: string }>().code).toBe('payload_too_large');
    const huge = await post('/v1/batch', { batch: Array.from({ length: 30 }, () => ({ type: 'track', userId: 'u', event: 'E', properties: { blob: 'x'.repeat(20 * 1024) } })) });
    expect(huge.statusCode).toBe(413);
    const none = await post('/v1/batch', { batch: [{ type: 'track', userId: 'u' }] });
    expect(none.statusCode).toBe(400);
    expect(none.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe('batch.0');
  });

  it('takes the write key from the body and text/plain bodies, as browsers send them', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/v1/p',
      headers: { 'content-type': 'text/plain', origin: 'https://shop.example' },
      payload: JSON.stringify({ writeKey: source.writeKey, anonymousId: 'anon-tp', name: 'Pricing', messageId: 'tp-1' }),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('https://shop.example');
    const pre = await h.app.inject({ method: 'OPTIONS', url: '/v1/batch', headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' } });
    expect(pre.statusCode).toBe(204);
  });

  it("corrects the sender's clock skew: timestamp = receivedAt - (sentAt - originalTimestamp)", async () => {
    // The device's clock runs an hour fast; the event happened 10 s before it was sent.
    const fast = Date.now() + 3600_000;
    await post('/v1/batch', {
      sentAt: new Date(fast).toISOString(),
      batch: [{ type: 'track', userId: 'u-skew', event: 'Skewed', messageId: 'skew-1', timestamp: new Date(fast - 10_000).toISOString() }],
    });
    await h.processEvents();
    const [e] = await events('name=Skewed');
    const lag = Date.now() - new Date(e!.timestamp).getTime();
    expect(lag).toBeGreaterThan(9_000);
    expect(lag).toBeLessThan(60_000);
  });

  it('gives an anonymous visitor who signs up one profile with the whole history', async () => {
    const anon = 'anon-visitor-1';
    await post('/v1/batch', {
      batch: [
        { type: 'page', anonymousId: anon, name: 'Home', messageId: 'v1-1' },
        { type: 'track', anonymousId: anon, event: 'Product Viewed', properties: { sku: 'A-1' }, messageId: 'v1-2' },
      ],
    });
    await h.processEvents();
    expect((await events(`anonymousId=${anon}`)).every((e) => e.contactId === null)).toBe(true);
    await post('/v1/identify', { anonymousId: anon, userId: 'u-visitor', traits: { email: 'Visitor@Example.com', firstName: 'Mei', name: '林美玲' }, messageId: 'v1-3' });
    await post('/v1/track', { anonymousId: anon, userId: 'u-visitor', event: 'Order Completed', messageId: 'v1-4' });
    await h.processEvents();
    const [contact] = await contactByUser('u-visitor');
    expect(contact).toMatchObject({ email: 'visitor@example.com', firstName: 'Mei', displayName: '林美玲' });
    const history = await events(`contactId=${contact!.id}`);
    expect(history.map((e) => e.messageId).sort()).toEqual(['v1-1', 'v1-2', 'v1-3', 'v1-4']);
    const tl = (await call(h, ws.headers, 'GET', `/api/v1/contacts/${contact!.id}/timeline?kinds=event`)).json<Page<TimelineEntry>>().data;
    expect(tl.map((e) => e.data.name)).toEqual(['Order Completed', null, 'Product Viewed', 'Home']);
  });
});
