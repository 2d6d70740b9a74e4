import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGenericSmsProvider } from './sms-generic.js';

const TOKEN = 'tok_live_5ecret';

interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

/**
 * A JSON SMS gateway: bearer auth, one message per POST /v1/messages, dedupe on Idempotency-Key
 * (a repeated key gets the first message's id and sends nothing). `override` stands in for an
 * outage or a refusal.
 */
function gateway() {
  const received: Received[] = [];
  const sent = new Map<string, string>();
  let override: ((res: ServerResponse) => void) | null = null;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      received.push({ method: req.method!, path: req.url!, headers: req.headers, body });
      const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(value));
      };
      if (override) return override(res);
      if (req.url !== '/v1/messages') return json(404, { error: 'no such endpoint' });
      if (req.headers.authorization !== `Bearer ${TOKEN}`) return json(401, { error: 'invalid token' });
      if (typeof body.to !== 'string' || !/^\+\d{8,15}$/.test(body.to)) return json(400, { error: { message: 'to is not a phone number' } });
      const key = req.headers['idempotency-key'] as string;
      if (!sent.has(key)) sent.set(key, `sms_${sent.size + 1}`);
      json(201, { id: sent.get(key), status: 'queued' });
    });
  });
  return {
    received,
    sent,
    server,
    set override(fn: ((res: ServerResponse) => void) | null) {
      override = fn;
    },
  };
}

describe('generic SMS provider', () => {
  const gw = gateway();
  let base: string;
  beforeAll(async () => {
    await new Promise<void>((resolve) => gw.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(gw.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    gw.server.closeAllConnections();
    await new Promise<void>((resolve) => gw.server.close(() => resolve()));
  });
  beforeEach(() => {
    gw.received.length = 0;
    gw.override = null;
  });

  const delivery = (key = crypto.randomUUID()) => ({ idempotencyKey: key, to: '+886912345678', message: { channel: 'sms' as const, text: 'Your tea is ready 🍵' } });

  it('posts the message as JSON with the bearer token and the idempotency key', async () => {
    const sms = createGenericSmsProvider({ url: `${base}/v1/messages`, token: TOKEN, sender: 'TeaCo' });
    const d = delivery();
    const result = await sms.send(d);
    expect(result).toEqual({ ok: true, providerMessageId: 'sms_1' });
    expect(gw.received).toHaveLength(1);
    const [req] = gw.received;
    expect(req).toMatchObject({ method: 'POST', path: '/v1/messages' });
    expect(req!.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, 'idempotency-key': d.idempotencyKey, 'content-type': 'application/json' });
    expect(req!.body).toEqual({ to: '+886912345678', text: 'Your tea is ready 🍵', sender: 'TeaCo', reference: d.idempotencyKey });
  });

  it('sends the same key again on a retry, and the gateway answers with the first id', async () => {
    const sms = createGenericSmsProvider({ url: `${base}/v1/messages`, token: TOKEN });
    const d = delivery();
    const first = await sms.send(d);
    const again = await sms.send(d);
    expect(again).toEqual(first);
    expect(gw.received.map((r) => r.headers['idempotency-key'])).toEqual([d.idempotencyKey, d.idempotencyKey]);
    expect(gw.received[0]!.body).not.toHaveProperty('sender');
  });

  it('reads messageId when there is no id, and gives null when there is neither', async () => {
    const sms = createGenericSmsProvider({ url: `${base}/v1/messages`, token: TOKEN });
    gw.override = (res) => res.writeHead(202, { 'content-type': 'application/json' }).end('{"messageId":4242}');
    expect(await sms.send(delivery())).toEqual({ ok: true, providerMessageId: '4242' });
    gw.override = (res) => res.writeHead(204).end();
    expect(await sms.send(delivery())).toEqual({ ok: true, providerMessageId: null });
  });

  it('sends no Authorization header without a token; the refusal is final and names the reason', async () => {
    const sms = createGenericSmsProvider({ url: `${base}/v1/messages` });
    const result = await sms.send(delivery());
    expect(gw.received[0]!.headers).not.toHaveProperty('authorization');
    expect(result).toEqual({ ok: false, retryable: false, error: 'SMS gateway answered 401: invalid token' });
  });

  it('does not retry a rejected number, and reports the nested error message', async () => {
    const sms = createGenericSmsProvider({ url: `${base}/v1/messages`, token: TOKEN });
    const result = await sms.send({ ...delivery(), to: '0912' });
    expect(result).toEqual({ ok: false, retryable: false, error: 'SMS gateway answered 400: to is not a phone number' });
  });

  it('retries 5xx and 429, with the Retry-After the gateway asked for', async () => {
    const sms = createGenericSmsProvider({ url: `${base}/v1/messages`, token: TOKEN });
    gw.override = (res) => res.writeHead(503, { 'retry-after': '7' }).end('maintenance');
    expect(await sms.send(delivery())).toEqual({ ok: false, retryable: true, error: 'SMS gateway answered 503: maintenance', retryAfterSeconds: 7 });
    gw.override = (res) => res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '30' }).end('{"message":"slow down"}');
    expect(await sms.send(delivery())).toEqual({ ok: false, retryable: true, error: 'SMS gateway answered 429: slow down', retryAfterSeconds: 30 });
    gw.override = (res) => res.writeHead(500).end();
    expect(await sms.send(delivery())).toMatchObject({ ok: false, retryable: true });
  });

  it('cuts long error texts and never repeats the token', async () => {
    const sms = createGenericSmsProvider({ url: `${base}/v1/messages`, token: TOKEN });
    gw.override = (res) => res.writeHead(422).end(`bad request with Bearer ${TOKEN} ${'x'.repeat(2000)}`);
    const result = await sms.send(delivery());
    expect(result).toMatchObject({ ok: false, retryable: false });
    const error = (result as { error: string }).error;
    expect(error.length).toBeLessThanOrEqual(300);
    expect(error).toContain('Bearer [redacted]');
    expect(error).not.toContain(TOKEN);
  });

  it('does not follow a redirect', async () => {
    const sms = createGenericSmsProvider({ url: `${base}/v1/messages`, token: TOKEN });
    gw.override = (res) => res.writeHead(307, { location: `${base}/v1/messages` }).end();
    const result = await sms.send(delivery());
    expect(result).toMatchObject({ ok: false, retryable: false });
    expect(gw.received).toHaveLength(1);
  });

  it('gives up on a gateway that does not answer in time, and may retry', async () => {
    const sms = createGenericSmsProvider({ url: `${base}/v1/messages`, token: TOKEN, timeoutMs: 150 });
    gw.override = () => undefined;
    const started = Date.now();
    expect(await sms.send(delivery())).toEqual({ ok: false, retryable: true, error: 'No answer within 150 ms' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('may retry when the gateway cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const sms = createGenericSmsProvider({ url: `http://127.0.0.1:${port}/v1/messages`, token: TOKEN });
    expect(await sms.send(delivery())).toEqual({ ok: false, retryable: true, error: 'Network error: ECONNREFUSED' });
  });
});
