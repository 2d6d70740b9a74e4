import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLineProvider, multicast } from './line.js';

const TOKEN = 'line-channel-access-token-xyz';
const USER = 'U4af4980629d3a8a2e8b0b5e4e2f3c1d0';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Received {
  requestId: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: { to?: unknown; messages?: unknown };
}

/**
 * The push and multicast endpoints as LINE documents them: bearer auth, JSON errors with
 * `message` and `details`, `x-line-request-id` on every answer, and a retry key that once
 * accepted answers 409 with `x-line-accepted-request-id`. `delayMs` accepts a request but
 * answers late; `override` stands in for an outage.
 */
function line() {
  const received: Received[] = [];
  const accepted = new Map<string, string>();
  const delivered: unknown[] = [];
  let requests = 0;
  const state = { delayMs: 0, override: null as ((res: ServerResponse) => void) | null };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Received['body'];
      const requestId = `req-${++requests}`;
      received.push({ requestId, path: req.url!, headers: req.headers, body });
      const json = (status: number, value: unknown, headers: Record<string, string> = {}) =>
        res.writeHead(status, { 'content-type': 'application/json', 'x-line-request-id': requestId, ...headers }).end(JSON.stringify(value));
      if (state.override) return state.override(res);
      if (req.headers.authorization !== `Bearer ${TOKEN}`) {
        return json(401, { message: 'Authentication failed. Confirm that the access token in the authorization header is valid.' });
      }
      const retryKey = req.headers['x-line-retry-key'] as string | undefined;
      if (retryKey !== undefined && !UUID.test(retryKey)) return json(400, { message: 'The value for the X-Line-Retry-Key header is invalid' });
      if (retryKey && accepted.has(retryKey)) {
        return json(409, { message: 'The retry key is already accepted' }, { 'x-line-accepted-request-id': accepted.get(retryKey)! });
      }
      const multicastPath = req.url === '/v2/bot/message/multicast';
      if (req.url !== '/v2/bot/message/push' && !multicastPath) return json(404, { message: 'Not found' });
      const recipients = multicastPath ? body.to : [body.to];
      if (!Array.isArray(recipients) || recipients.length < 1 || recipients.length > 500 || !recipients.every((u) => typeof u === 'string' && u)) {
        return json(400, { message: 'The request body has 1 error(s)', details: [{ message: 'Size must be between 1 and 500', property: 'to' }] });
      }
      const messages = body.messages as { type?: string; text?: string }[];
      const empty = messages.findIndex((m) => m.type === 'text' && !m.text);
      if (empty >= 0) return json(400, { message: 'The request body has 1 error(s)', details: [{ message: 'May not be empty', property: `messages[${empty}].text` }] });
      if (retryKey) accepted.set(retryKey, requestId);
      delivered.push(...recipients.map((to) => ({ to, messages })));
      setTimeout(() => json(200, { sentMessages: messages.map((_, i) => ({ id: `${requests}${i}`, quoteToken: 'q' })) }), state.delayMs);
    });
  });
  return { server, received, delivered, state };
}

describe('LINE provider', () => {
  const api = line();
  let baseUrl: string;
  beforeAll(async () => {
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    api.server.closeAllConnections();
    await new Promise<void>((resolve) => api.server.close(() => resolve()));
  });
  beforeEach(() => {
    api.received.length = 0;
    api.delivered.length = 0;
    api.state.delayMs = 0;
    api.state.override = null;
  });

  const messages = [{ type: 'text', text: 'Your order has shipped' }];
  const delivery = (key: string = crypto.randomUUID(), msgs: Record<string, unknown>[] = messages) => ({ idempotencyKey: key, to: USER, message: { channel: 'line' as const, messages: msgs } });

  it('pushes with the token and the retry key, and keeps LINE’s request id', async () => {
    const d = delivery();
    const result = await createLineProvider({ channelAccessToken: TOKEN, baseUrl }).send(d);
    expect(api.received).toHaveLength(1);
    expect(result).toEqual({ ok: true, providerMessageId: api.received[0]!.requestId });
    const [req] = api.received;
    expect(req!.path).toBe('/v2/bot/message/push');
    expect(req!.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, 'x-line-retry-key': d.idempotencyKey, 'content-type': 'application/json' });
    expect(req!.body).toEqual({ to: USER, messages });
  });

  it('reports a retry LINE already accepted (409) as sent, under the first request’s id', async () => {
    const provider = createLineProvider({ channelAccessToken: TOKEN, baseUrl });
    const d = delivery();
    const first = await provider.send(d);
    const retry = await provider.send(d);
    expect(first).toMatchObject({ ok: true });
    expect(api.received).toHaveLength(2);
    expect(first).toEqual({ ok: true, providerMessageId: api.received[0]!.requestId });
    expect(retry).toEqual({ ok: true, providerMessageId: api.received[0]!.requestId });
    expect(api.received[1]!.headers['x-line-retry-key']).toBe(d.idempotencyKey);
    expect(api.delivered).toHaveLength(1);
  });

  it('after a timeout on a push LINE did accept, the retry is answered 409 and nothing is sent twice', async () => {
    const provider = createLineProvider({ channelAccessToken: TOKEN, baseUrl, timeoutMs: 150 });
    const d = delivery();
    api.state.delayMs = 600;
    expect(await provider.send(d)).toEqual({ ok: false, retryable: true, error: 'No answer within 150 ms' });
    api.state.delayMs = 0;
    const retry = await provider.send(d);
    expect(api.received).toHaveLength(2);
    expect(retry).toEqual({ ok: true, providerMessageId: api.received[0]!.requestId });
    expect(api.received[1]!.requestId).not.toBe(api.received[0]!.requestId);
    expect(api.delivered).toHaveLength(1);
  });

  it('refuses a retry key that is not a UUID, without calling LINE', async () => {
    const result = await createLineProvider({ channelAccessToken: TOKEN, baseUrl }).send(delivery('order-42'));
    expect(result).toEqual({ ok: false, retryable: false, error: 'X-Line-Retry-Key must be a UUID, got order-42' });
    expect(api.received).toHaveLength(0);
  });

  it('does not retry a bad request, and names LINE’s message and details', async () => {
    const result = await createLineProvider({ channelAccessToken: TOKEN, baseUrl }).send(delivery(undefined, [{ type: 'text', text: '' }]));
    expect(result).toEqual({ ok: false, retryable: false, error: 'LINE answered 400: The request body has 1 error(s); messages[0].text: May not be empty' });
  });

  it('does not retry a bad token, and never repeats it', async () => {
    const result = await createLineProvider({ channelAccessToken: 'revoked-token', baseUrl }).send(delivery());
    expect(result).toMatchObject({ ok: false, retryable: false, error: expect.stringContaining('LINE answered 401: Authentication failed') });
    expect(JSON.stringify(result)).not.toContain('revoked-token');
  });

  it('retries 5xx and 429; a failed attempt does not use up the retry key', async () => {
    const provider = createLineProvider({ channelAccessToken: TOKEN, baseUrl });
    const d = delivery();
    api.state.override = (res) => res.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"Internal server error"}');
    expect(await provider.send(d)).toEqual({ ok: false, retryable: true, error: 'LINE answered 500: Internal server error' });
    api.state.override = (res) => res.writeHead(429, { 'content-type': 'application/json' }).end('{"message":"You have reached your monthly limit."}');
    expect(await provider.send(d)).toEqual({ ok: false, retryable: true, error: 'LINE answered 429: You have reached your monthly limit.' });
    api.state.override = null;
    expect(await provider.send(d)).toEqual({ ok: true, providerMessageId: api.received[2]!.requestId });
    expect(api.delivered).toHaveLength(1);
  });

  it('multicasts to many users in one request, once per retry key', async () => {
    const provider = createLineProvider({ channelAccessToken: TOKEN, baseUrl });
    const to = Array.from({ length: 500 }, (_, i) => `U${String(i).padStart(32, '0')}`);
    const key = crypto.randomUUID();
    const first = await provider.multicast(to, messages, key);
    expect(first).toEqual({ ok: true, providerMessageId: api.received[0]!.requestId });
    expect(api.received[0]).toMatchObject({ path: '/v2/bot/message/multicast', body: { to, messages } });
    expect(api.received[0]!.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, 'x-line-retry-key': key });
    expect(await multicast({ channelAccessToken: TOKEN, baseUrl }, to, messages, key)).toEqual(first);
    expect(api.delivered).toHaveLength(500);
  });

  it('refuses a multicast over 500 users, to nobody, or without a UUID key', async () => {
    const config = { channelAccessToken: TOKEN, baseUrl };
    const many = Array.from({ length: 501 }, (_, i) => `U${i}`);
    await expect(multicast(config, many, messages, crypto.randomUUID())).rejects.toThrow(/at most 500 user ids per request, got 501/);
    await expect(multicast(config, [], messages, crypto.randomUUID())).rejects.toThrow(/at least one user id/);
    await expect(multicast(config, [USER], messages, 'not-a-uuid')).rejects.toThrow(/UUID/);
    expect(api.received).toHaveLength(0);
  });
});
