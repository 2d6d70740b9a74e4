import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Analytics } from '@segment/analytics-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Source, StoredEvent } from '@rapport/contracts';
import { call, contactsByExternalId, newWorkspace, startHarness, type Harness, type Session } from '../../test/harness.js';

let h: Harness;
let ws: Session;
let source: Source;
let base: string;

beforeAll(async () => {
  h = await startHarness();
  ws = await newWorkspace(h);
  source = (await call(h, ws.headers, 'POST', '/api/v1/sources', { name: 'Backend', kind: 'server' })).json<Source>();
  await h.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
});
afterAll(() => h.close());

const eventsOf = async (contactId: string) => (await call(h, ws.headers, 'GET', `/api/v1/events?contactId=${contactId}&limit=200`)).json<Page<StoredEvent>>().data;
const contactOf = async (userId: string) => (await contactsByExternalId(h, ws, userId))[0];

describe('the official @segment/analytics-node client', () => {
  it('delivers every call type unchanged, onto the right profile', async () => {
    const analytics = new Analytics({ writeKey: source.writeKey, host: base, flushAt: 5, flushInterval: 50 });
    const errors: unknown[] = [];
    analytics.on('error', (e) => errors.push(e));
    analytics.identify({ userId: 'node-1', anonymousId: 'node-anon-1', traits: { email: 'node1@example.com', firstName: 'Ada', address: { city: 'Taipei', country: 'TW' } } });
    analytics.track({ userId: 'node-1', event: 'Order Completed', properties: { order_id: 'O-1', total: 1200, currency: 'TWD' } });
    analytics.page({ anonymousId: 'node-anon-1', name: 'Pricing', properties: { url: 'https://shop.example/pricing' } });
    analytics.screen({ userId: 'node-1', name: 'Cart' });
    analytics.group({ userId: 'node-1', groupId: 'acme', traits: { name: 'Acme Inc.' } });
    analytics.alias({ userId: 'node-1', previousId: 'legacy-42' });
    analytics.track({ anonymousId: 'node-anon-1', event: 'Product Viewed', properties: { sku: 'SKU-1' }, timestamp: new Date(Date.now() - 86400_000) });
    await analytics.closeAndFlush();
    expect(errors).toEqual([]);
    await h.processEvents();
    const contact = await contactOf('node-1');
    expect(contact).toMatchObject({ email: 'node1@example.com', firstName: 'Ada', address: { city: 'Taipei', country: 'TW' } });
    const stored = await eventsOf(contact!.id);
    expect(stored.map((e) => `${e.type}:${e.name ?? ''}`).sort()).toEqual(
      ['alias:', 'group:', 'identify:', 'page:Pricing', 'screen:Cart', 'track:Order Completed', 'track:Product Viewed'].sort(),
    );
    const viewed = stored.find((e) => e.name === 'Product Viewed')!;
    // A timestamp the caller set is kept (a day ago), not replaced by the time of arrival.
    expect(Date.now() - new Date(viewed.timestamp).getTime()).toBeGreaterThan(86000_000);
    expect(viewed.context).toMatchObject({ library: { name: '@segment/analytics-node' } });
    const ids = (await call(h, ws.headers, 'GET', `/api/v1/contacts/${contact!.id}/identities`)).json<{ data: { kind: string; value: string }[] }>().data;
    expect(ids.map((i) => `${i.kind}=${i.value}`).sort()).toEqual(['anonymous_id=legacy-42', 'anonymous_id=node-anon-1']);
  });

  it('stores a batch once when the acknowledgement is lost and the client retries', async () => {
    // A proxy that forwards the first request but cuts the connection before the answer arrives.
    let requests = 0;
    const proxy = http.createServer((req, res) => {
      requests += 1;
      const first = requests === 1;
      const upstream = http.request(`${base}${req.url}`, { method: req.method, headers: req.headers }, (up) => {
        if (first) {
          up.resume();
          up.on('end', () => res.socket?.destroy());
          return;
        }
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const port = (proxy.address() as AddressInfo).port;
    const analytics = new Analytics({ writeKey: source.writeKey, host: `http://127.0.0.1:${port}`, flushAt: 3, flushInterval: 50, maxRetries: 3 });
    for (let i = 0; i < 3; i++) analytics.track({ userId: 'node-retry', event: 'Retried', properties: { i } });
    await analytics.closeAndFlush();
    proxy.close();
    expect(requests).toBeGreaterThanOrEqual(2);
    await h.processEvents();
    const contact = await contactOf('node-retry');
    const stored = await eventsOf(contact!.id);
    expect(stored.map((e) => e.properties.i).sort()).toEqual([0, 1, 2]);
  });
});
