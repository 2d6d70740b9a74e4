import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createWebhookProvider, generateWebhookSecret, isPrivateAddress, verifyWebhookSignature } from './webhook.js';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  raw: Buffer;
  verified: boolean;
}

/**
 * A receiver that verifies each delivery with `verifyWebhookSignature` over the raw bytes, the
 * way a customer's endpoint would, and answers 401 when it fails. Other paths act out the answers
 * a sender must handle.
 */
function receiver(secret: string) {
  const received: Received[] = [];
  const routes: Record<string, (res: ServerResponse) => void> = {
    '/gone': (res) => res.writeHead(410).end(),
    '/busy': (res) => res.writeHead(503, { 'retry-after': '30' }).end('try later'),
    '/limited': (res) => res.writeHead(429).end(),
    '/slow-client': (res) => res.writeHead(408).end(),
    '/refuse': (res) => res.writeHead(422, { 'content-type': 'application/json' }).end('{"error":"unknown event type"}'),
    '/moved': (res) => res.writeHead(301, { location: '/hook' }).end(),
    '/hang': () => undefined,
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const verified = verifyWebhookSignature(secret, req.headers, raw);
      received.push({ path: req.url!, headers: req.headers, raw, verified });
      const route = routes[req.url!];
      if (route) return route(res);
      res.writeHead(verified ? 204 : 401).end();
    });
  });
  return { server, received };
}

describe('webhook provider', () => {
  const secret = generateWebhookSecret();
  const hook = receiver(secret);
  let base: string;
  beforeAll(async () => {
    await new Promise<void>((resolve) => hook.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(hook.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    hook.server.closeAllConnections();
    await new Promise<void>((resolve) => hook.server.close(() => resolve()));
  });
  beforeEach(() => {
    hook.received.length = 0;
  });

  const body = { type: 'contact.updated', timestamp: '2026-11-02T08:00:00Z', data: { id: 'c_1', name: '王小明' } };
  const delivery = (path = '/hook', key: string = crypto.randomUUID()) => ({ idempotencyKey: key, to: '', message: { channel: 'webhook' as const, url: `${base}${path}`, body } });
  const provider = (timeoutMs?: number) => createWebhookProvider({ secret, allowPrivateNetworks: true, ...(timeoutMs ? { timeoutMs } : {}) });

  it('makes secrets of 32 random bytes in the whsec_ form', () => {
    const a = generateWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(a.slice(6), 'base64')).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(a);
    expect(() => createWebhookProvider({ secret: 'plain-secret' })).toThrow(/whsec_/);
    expect(() => createWebhookProvider({ secret: 'whsec_c2hvcnQ=' })).toThrow(/24 to 64 bytes/);
  });

  it('posts the JSON body signed the Standard Webhooks way; the receiver verifies it', async () => {
    const d = delivery();
    const before = Math.floor(Date.now() / 1000);
    expect(await provider().send(d)).toEqual({ ok: true, providerMessageId: null });
    const [req] = hook.received;
    expect(req!.verified).toBe(true);
    expect(req!.path).toBe('/hook');
    expect(req!.raw.toString('utf8')).toBe(JSON.stringify(body));
    expect(req!.headers).toMatchObject({ 'content-type': 'application/json', 'webhook-id': d.idempotencyKey });
    expect(Number(req!.headers['webhook-timestamp'])).toBeGreaterThanOrEqual(before);
    expect(Number(req!.headers['webhook-timestamp'])).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
    expect(req!.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
  });

  it('the receiver’s check refuses a changed body, another secret, a stale or future time, and missing headers', async () => {
    await provider().send(delivery());
    const { headers, raw } = hook.received[0]!;
    const sentAt = Number(headers['webhook-timestamp']);
    expect(verifyWebhookSignature(secret, headers, raw, 300, sentAt + 300)).toBe(true);
    expect(verifyWebhookSignature(secret, headers, Buffer.from(raw.toString('utf8').replace('c_1', 'c_2')))).toBe(false);
    expect(verifyWebhookSignature(generateWebhookSecret(), headers, raw)).toBe(false);
    expect(verifyWebhookSignature(secret, headers, raw, 300, sentAt + 301)).toBe(false);
    expect(verifyWebhookSignature(secret, headers, raw, 300, sentAt - 301)).toBe(false);
    expect(verifyWebhookSignature(secret, { ...headers, 'webhook-timestamp': String(sentAt - 1) }, raw, 300, sentAt)).toBe(false);
    expect(verifyWebhookSignature(secret, { ...headers, 'webhook-signature': undefined }, raw)).toBe(false);
    // During a key rotation the header carries several signatures; one good one is enough.
    expect(verifyWebhookSignature(secret, new Headers({ ...(headers as Record<string, string>), 'webhook-signature': `v1,AAAA ${headers['webhook-signature']}` }), raw)).toBe(true);
  });

  it('keeps the webhook id over retries, so the receiver can drop a repeat', async () => {
    const d = delivery();
    await provider().send(d);
    await provider().send(d);
    expect(hook.received.map((r) => r.headers['webhook-id'])).toEqual([d.idempotencyKey, d.idempotencyKey]);
    expect(hook.received.every((r) => r.verified)).toBe(true);
  });

  it('stops at 410, does not follow a redirect, and does not retry other refusals', async () => {
    expect(await provider().send(delivery('/gone'))).toEqual({ ok: false, retryable: false, error: 'The endpoint is gone (410): it asks not to be sent webhooks any more' });
    expect(await provider().send(delivery('/moved'))).toMatchObject({ ok: false, retryable: false, error: expect.stringContaining('301') });
    expect(hook.received.map((r) => r.path)).toEqual(['/gone', '/moved']);
    expect(await provider().send(delivery('/refuse'))).toEqual({ ok: false, retryable: false, error: 'The endpoint answered 422: {"error":"unknown event type"}' });
    const wrongSecret = createWebhookProvider({ secret: generateWebhookSecret(), allowPrivateNetworks: true });
    expect(await wrongSecret.send(delivery())).toEqual({ ok: false, retryable: false, error: 'The endpoint answered 401' });
  });

  it('retries 5xx with Retry-After, 429, 408 and timeouts', async () => {
    expect(await provider().send(delivery('/busy'))).toEqual({ ok: false, retryable: true, error: 'The endpoint answered 503: try later', retryAfterSeconds: 30 });
    expect(await provider().send(delivery('/limited'))).toMatchObject({ ok: false, retryable: true });
    expect(await provider().send(delivery('/slow-client'))).toMatchObject({ ok: false, retryable: true });
    expect(await provider(150).send(delivery('/hang'))).toEqual({ ok: false, retryable: true, error: 'No answer within 150 ms' });
  });

  it('refuses loopback and private addresses unless allowed, before sending anything', async () => {
    const guarded = createWebhookProvider({ secret });
    const port = (hook.server.address() as AddressInfo).port;
    for (const url of [`http://127.0.0.1:${port}/hook`, `http://localhost:${port}/hook`, `http://[::1]:${port}/hook`, 'http://169.254.169.254/latest/meta-data', 'http://10.1.2.3/hook', 'http://[::ffff:127.0.0.1]/hook', 'http://0.0.0.0/']) {
      const result = await guarded.send({ ...delivery(), message: { channel: 'webhook', url, body } });
      expect(result, url).toMatchObject({ ok: false, retryable: false, error: expect.stringMatching(/^Refusing to call .+ a private or local address$/) });
    }
    expect(hook.received).toHaveLength(0);
    expect(await guarded.send({ ...delivery(), message: { channel: 'webhook', url: 'ftp://example.com/x', body } })).toMatchObject({ retryable: false, error: 'A webhook URL is http or https' });
  });

  it('refuses a name whose address turns private between the check and the connection (DNS rebinding)', async () => {
    const port = (hook.server.address() as AddressInfo).port;
    let answers = 0;
    // A public address for the check, then loopback for the connection, as a rebinding DNS server answers.
    const rebinding: LookupFunction = (_host, _options, callback) => {
      const address = answers++ === 0 ? '93.184.215.14' : '127.0.0.1';
      (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family: 4 }]);
    };
    const before = hook.received.length;
    const result = await createWebhookProvider({ secret, lookup: rebinding }).send({ ...delivery(), message: { channel: 'webhook', url: `http://rebind.example:${port}/hook`, body } });
    expect(result).toEqual({ ok: false, retryable: false, error: 'Refusing to call rebind.example: it resolves to 127.0.0.1, a private or local address' });
    expect(answers).toBe(2);
    expect(hook.received).toHaveLength(before);
  });

  it('tells private addresses from public ones', () => {
    for (const a of ['127.0.0.1', '10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.1.1', '169.254.169.254', '0.0.0.0', '100.64.0.1', '::', '::1', 'fd12:3456::1', 'fc00::1', 'fe80::1', '::ffff:192.168.0.1']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['8.8.8.8', '172.32.0.1', '1.1.1.1', '2001:4860:4860::8888', '::ffff:8.8.8.8']) {
      expect(isPrivateAddress(a), a).toBe(false);
    }
  });
});
