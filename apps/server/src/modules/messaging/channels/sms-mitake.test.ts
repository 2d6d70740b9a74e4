import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMitakeSmsProvider, toMitakeNumber } from './sms-mitake.js';

const USER = '52611690SMS';
const PASSWORD = 'pa55-w0rd';

interface Received {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  form: URLSearchParams;
}

/**
 * Mitake's SmSend as documented: a form body, answers in `key=value` lines with HTTP 200 even for
 * errors, and a repeated `clientid` gets the earlier reply again plus `Duplicate=Y`. `status`
 * forces a status code; `override` replaces the whole answer.
 */
function mitake() {
  const received: Received[] = [];
  const replies = new Map<string, string>();
  let msgids = 1_000_000_000;
  let points = 100;
  const state = { status: null as string | null, override: null as ((res: ServerResponse) => void) | null };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url!, 'http://mitake.test');
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      received.push({ method: req.method!, url, headers: req.headers, form });
      if (state.override) return state.override(res);
      const reply = (lines: string[]) => res.writeHead(200, { 'content-type': 'text/plain' }).end(`${lines.join('\r\n')}\r\n`);
      if (req.method !== 'POST' || url.pathname !== '/api/mtk/SmSend') return res.writeHead(404).end();
      if (!req.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) return reply(['[1]', 'statuscode=y']);
      if (form.get('username') !== USER || form.get('password') !== PASSWORD) return reply(['[1]', 'statuscode=e', 'Error=帳號、密碼錯誤']);
      const clientid = form.get('clientid');
      const earlier = clientid ? replies.get(clientid) : undefined;
      if (earlier) return reply([earlier, 'Duplicate=Y']);
      const dstaddr = form.get('dstaddr') ?? '';
      let lines: string[];
      if (state.status) lines = ['[1]', `statuscode=${state.status}`];
      else if (!/^(09\d{8}|[1-9]\d{7,14})$/.test(dstaddr)) lines = ['[1]', 'statuscode=v'];
      else lines = ['[1]', `msgid=${++msgids}`, 'statuscode=1', `AccountPoint=${--points}`];
      // Only an accepted message is kept under its clientid.
      if (clientid && !state.status) replies.set(clientid, lines.join('\r\n'));
      reply(lines);
    });
  });
  return { server, received, state, sent: () => replies.size };
}

describe('Mitake SMS provider', () => {
  const gw = mitake();
  let baseUrl: string;
  beforeAll(async () => {
    await new Promise<void>((resolve) => gw.server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(gw.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    gw.server.closeAllConnections();
    await new Promise<void>((resolve) => gw.server.close(() => resolve()));
  });
  beforeEach(() => {
    gw.received.length = 0;
    gw.state.status = null;
    gw.state.override = null;
  });

  const delivery = (to = '+886912345678', text = '您好，\n訂單已出貨') => ({ idempotencyKey: crypto.randomUUID(), to, message: { channel: 'sms' as const, text } });
  const provider = (extra: { password?: string; timeoutMs?: number; keyAsDestname?: boolean; callbackUrl?: string } = {}) =>
    createMitakeSmsProvider({ username: USER, password: PASSWORD, baseUrl, ...extra });

  it('posts the SmSend form: national number, ASCII 6 for line breaks, the key as clientid', async () => {
    const d = delivery();
    const result = await provider().send(d);
    expect(result).toEqual({ ok: true, providerMessageId: '1000000001' });
    const [req] = gw.received;
    expect(req!.method).toBe('POST');
    expect(req!.url.pathname).toBe('/api/mtk/SmSend');
    expect(req!.url.searchParams.get('CharsetURL')).toBe('UTF-8');
    expect(req!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(req!.form)).toEqual({ username: USER, password: PASSWORD, dstaddr: '0912345678', smbody: '您好，\x06訂單已出貨', clientid: d.idempotencyKey });
  });

  it('sends destname and the callback address when asked to', async () => {
    const d = delivery();
    await provider({ keyAsDestname: true, callbackUrl: 'https://crm.example/hooks/mitake' }).send(d);
    expect(gw.received[0]!.form.get('destname')).toBe(d.idempotencyKey);
    expect(gw.received[0]!.form.get('response')).toBe('https://crm.example/hooks/mitake');
  });

  it('reports a retry that Mitake answers with Duplicate=Y as the first send, sent once', async () => {
    const sms = provider();
    const d = delivery();
    const before = gw.sent();
    const first = await sms.send(d);
    const retry = await sms.send(d);
    expect(first).toMatchObject({ ok: true });
    expect(retry).toEqual(first);
    expect(gw.received.map((r) => r.form.get('clientid'))).toEqual([d.idempotencyKey, d.idempotencyKey]);
    expect(gw.sent() - before).toBe(1);
  });

  it('keeps other countries in E.164 digits and refuses what is not a phone number, without a request', async () => {
    await provider().send(delivery('+85291234567'));
    expect(gw.received[0]!.form.get('dstaddr')).toBe('85291234567');
    expect(await provider().send(delivery('0912-345-678'))).toEqual({ ok: false, retryable: false, error: 'Not an E.164 phone number: 0912-345-678' });
    expect(gw.received).toHaveLength(1);
    expect(toMitakeNumber('+886 912-345-678')).toBe('0912345678');
    expect(toMitakeNumber('+886223456789')).toBe('0223456789');
    expect(toMitakeNumber('+0912')).toBeNull();
  });

  it('does not retry wrong credentials, and never says the password', async () => {
    const result = await provider({ password: 'wrong-password' }).send(delivery());
    expect(result).toEqual({ ok: false, retryable: false, error: 'Mitake statuscode e: 帳號、密碼錯誤 (wrong username or password) — 帳號、密碼錯誤' });
    expect(JSON.stringify(result)).not.toContain('wrong-password');
  });

  it('does not retry an invalid number, an empty account or a parameter error', async () => {
    expect(await provider().send(delivery('+8869123456'))).toMatchObject({ ok: false, retryable: false, error: expect.stringContaining('statuscode v') });
    for (const code of ['s', 'u', 'y', 'k', 'p']) {
      gw.state.status = code;
      expect(await provider().send(delivery()), code).toMatchObject({ ok: false, retryable: false });
    }
  });

  it('retries a system error, a pause, too many connections and an expired message', async () => {
    for (const code of ['*', 'a', 'b', 'l', 'r', 't']) {
      gw.state.status = code;
      expect(await provider().send(delivery()), code).toMatchObject({ ok: false, retryable: true, error: expect.stringContaining(`statuscode ${code}`) });
    }
  });

  it('counts scheduled and delivered states as accepted', async () => {
    for (const code of ['0', '2', '4']) {
      gw.state.override = (res) => res.writeHead(200).end(`[1]\r\nmsgid=#0000000013\r\nstatuscode=${code}\r\nAccountPoint=5\r\n`);
      expect(await provider().send(delivery()), code).toEqual({ ok: true, providerMessageId: '0000000013' });
    }
  });

  it('retries HTTP 5xx and an answer without a status; not HTTP 404', async () => {
    gw.state.override = (res) => res.writeHead(503, { 'retry-after': '60' }).end('Service Unavailable');
    expect(await provider().send(delivery())).toEqual({ ok: false, retryable: true, error: 'Mitake answered HTTP 503: Service Unavailable', retryAfterSeconds: 60 });
    gw.state.override = (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>proxy error</html>');
    expect(await provider().send(delivery())).toMatchObject({ ok: false, retryable: true });
    gw.state.override = (res) => res.writeHead(404).end('Not Found');
    expect(await provider().send(delivery())).toMatchObject({ ok: false, retryable: false });
  });

  it('gives up on a gateway that does not answer in time, and may retry', async () => {
    gw.state.override = () => undefined;
    expect(await provider({ timeoutMs: 150 }).send(delivery())).toEqual({ ok: false, retryable: true, error: 'No answer within 150 ms' });
  });
});
