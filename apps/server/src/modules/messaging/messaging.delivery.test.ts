import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { sql } from 'drizzle-orm';
import type { Contact, MessageSend, MessageTemplate, Page } from '@rapport/contracts';
import { call, newWorkspace, startHarness, writeKeyAuth, type Harness, type Session } from '../../test/harness.js';
import { selectRows } from '../../platform/db.js';
import { verifyWebhookSignature } from './channels/index.js';

/**
 * Sends over every channel, through the worker, to real local servers speaking each protocol: an
 * SMTP server, a generic SMS API, the LINE Messaging API and a webhook receiver.
 */
interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}
const requests: Received[] = [];
/** What the peer answers next, by path; the default is success. */
const answers = new Map<string, { status: number; body?: string; headers?: Record<string, string> }[]>();
const peer = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    const path = req.url ?? '';
    requests.push({ path, headers: req.headers, body });
    const next = answers.get(path)?.shift() ?? { status: 200, body: path.includes('/v2/bot') ? '{}' : '{"id":"sms-1"}' };
    res.writeHead(next.status, { 'content-type': 'application/json', 'x-line-request-id': 'line-req-1', ...next.headers });
    res.end(next.body ?? '{}');
  });
});

const mails: ParsedMail[] = [];
/** Recipients the SMTP server refuses, with the reply code. */
const refuse = new Map<string, number>();
/** Recipients whose message the server refuses once it has it all (a content filter), with the code. */
const refuseData = new Map<string, number>();
/** Recipients whose contact's sends another worker "takes over" while the server takes the envelope. */
const takeOver = new Map<string, string>();
/** Each send's status in the database the moment its message's end-of-data arrived. */
const statusAtEnd = new Map<string, string>();
const refusal = (code: number, text: string) => Object.assign(new Error(text), { responseCode: code });
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onRcptTo(address, _session, done) {
    const contactId = takeOver.get(address.address);
    if (contactId) {
      // What a worker that claimed the send after this one's claim ran out would leave behind.
      h.database.db.execute(sql`update message_sends set attempts = attempts + 1 where contact_id = ${contactId} and status = 'sending'`).then(() => done(), done);
      return;
    }
    const code = refuse.get(address.address);
    done(code ? refusal(code, code >= 500 ? 'No such user' : 'Try again later') : undefined);
  },
  onData(stream, session, done) {
    simpleParser(stream).then(async (m) => {
      const sendId = m.messageId?.slice(1).split('@')[0] ?? '';
      const [row] = await selectRows<{ status: string }>(h.database.db, sql`select status from message_sends where id::text = ${sendId}`);
      statusAtEnd.set(sendId, row?.status ?? 'none');
      const code = refuseData.get(session.envelope.rcptTo[0]?.address ?? '');
      if (code) return done(refusal(code, 'Message refused by policy'));
      mails.push(m);
      done();
    }, done);
  },
});

let h: Harness;
let base = '';
beforeAll(async () => {
  await new Promise<void>((r) => peer.listen(0, '127.0.0.1', r));
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(peer.address() as AddressInfo).port}`;
  h = await startHarness({
    RAPPORT_SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
    RAPPORT_MAIL_FROM: 'Rapport <no-reply@rapport.example>',
    RAPPORT_WEBHOOKS_ALLOW_PRIVATE: 'true',
  });
});
afterAll(async () => {
  await h.close();
  await new Promise<void>((r) => peer.close(() => r()));
  await new Promise<void>((r) => smtp.close(() => r()));
});

const lineUser = 'U4af4980629a1b2c3d4e5f60718293a4b';

async function shop(): Promise<{ ws: Session; contact: Contact; template: (content: object) => Promise<MessageTemplate> }> {
  const ws = await newWorkspace(h, 'Tea & Co');
  const source = (await call(h, ws.headers, 'POST', '/api/v1/sources', { name: 'Site', kind: 'web' })).json<{ writeKey: string }>();
  const identify = await h.app.inject({
    method: 'POST',
    url: '/v1/identify',
    headers: { 'content-type': 'application/json', ...writeKeyAuth(source.writeKey) },
    payload: { userId: 'ann-1', traits: { firstName: 'Ann', email: 'ann@tea.example', phone: '+886912345678', lineUserId: lineUser } },
  });
  expect(identify.statusCode, identify.body).toBe(200);
  await h.processEvents();
  const [contact] = (await call(h, ws.headers, 'GET', '/api/v1/contacts')).json<Page<Contact>>().data;
  for (const channel of ['email', 'sms', 'line']) {
    expect((await call(h, ws.headers, 'POST', `/api/v1/contacts/${contact!.id}/consents`, { channel, status: 'subscribed' })).statusCode).toBe(201);
  }
  const template = async (content: object) => {
    const res = await call(h, ws.headers, 'POST', '/api/v1/message-templates', { name: 'T', content });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<MessageTemplate>();
  };
  return { ws, contact: contact!, template };
}

async function sendNow(ws: Session, contactId: string, templateId: string, key: string): Promise<MessageSend> {
  const res = await call(h, ws.headers, 'POST', '/api/v1/messages', { contactId, templateId, idempotencyKey: key });
  expect(res.statusCode, res.body).toBe(202);
  await h.processSends();
  return (await call(h, ws.headers, 'GET', `/api/v1/messages/${res.json<MessageSend>().id}`)).json<MessageSend>();
}

describe('delivery on every channel', () => {
  it('email goes to the SMTP server with the workspace sender, a stable Message-ID and one-click unsubscribe', async () => {
    const { ws, contact, template } = await shop();
    expect((await call(h, ws.headers, 'PUT', '/api/v1/messaging/settings', { sender: { fromName: 'Tea "&" Co', fromAddress: 'news@tea.example', replyTo: 'care@tea.example' } })).statusCode).toBe(200);
    const t = await template({ channel: 'email', subject: 'Hi {{ contact.firstName }}', mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>Tea</mj-text></mj-column></mj-section></mj-body></mjml>' });
    const send = await sendNow(ws, contact.id, t.id, 'mail-1');
    expect(send).toMatchObject({ status: 'sent', recipient: 'ann@tea.example' });
    const mail = mails.at(-1)!;
    expect(mail.from?.value[0]).toMatchObject({ address: 'news@tea.example' });
    expect(mail.replyTo?.value[0]?.address).toBe('care@tea.example');
    expect(mail.messageId).toBe(`<${send.id}@localhost>`);
    const header = (key: string) => mail.headerLines.find((l) => l.key === key)?.line.replace(/\r\n(?=[ \t])/g, '');
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(header('list-unsubscribe')).toMatch(new RegExp(`^List-Unsubscribe: <http://localhost:\\d+/u/${send.id}\\.[\\w-]+>$`));
  });

  it('a refused address fails at once; a busy server is retried later; neither is sent twice', async () => {
    const { ws, contact, template } = await shop();
    const t = await template({ channel: 'email', subject: 'Hi', mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>x</mj-text></mj-column></mj-section></mj-body></mjml>' });
    refuse.set('ann@tea.example', 451);
    const before = mails.length;
    const busy = await sendNow(ws, contact.id, t.id, 'busy');
    expect(busy).toMatchObject({ status: 'queued', attempts: 1 });
    expect(busy.reason).toMatch(/451/);
    expect(new Date(busy.dueAt).getTime()).toBeGreaterThan(Date.now() + 50_000);
    refuse.set('ann@tea.example', 550);
    await h.database.db.execute(sql`update message_sends set due_at = now() where id = ${busy.id}`);
    await h.processSends();
    const failed = (await call(h, ws.headers, 'GET', `/api/v1/messages/${busy.id}`)).json<MessageSend>();
    expect(failed).toMatchObject({ status: 'failed', attempts: 2 });
    expect(failed.reason).toMatch(/^SMTP 550/);
    refuse.clear();
    expect(mails.length).toBe(before);
    // Refused as nonexistent, the address is now suppressed like a hard bounce.
    const after = await sendNow(ws, contact.id, t.id, 'after-refusal');
    expect(after).toMatchObject({ status: 'skipped', reason: 'suppressed' });
    expect(mails.length).toBe(before);
  });

  it('SMTP mail is written down as sent before its end-of-data goes out, so a crash cannot send it twice', async () => {
    const { ws, contact, template } = await shop();
    const t = await template({ channel: 'email', subject: 'Hi', mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>x</mj-text></mj-column></mj-section></mj-body></mjml>' });
    const sent = await sendNow(ws, contact.id, t.id, 'ordered');
    expect(sent.status).toBe('sent');
    // Before the hand-over this read 'sending': the server had the message, the database did not.
    expect(statusAtEnd.get(sent.id)).toBe('sent');
  });

  it('a message refused after its data is failed or retried, not kept as sent, and its address is not suppressed', async () => {
    const { ws, contact, template } = await shop();
    const t = await template({ channel: 'email', subject: 'Hi', mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>x</mj-text></mj-column></mj-section></mj-body></mjml>' });
    const before = mails.length;
    refuseData.set('ann@tea.example', 452);
    const later = await sendNow(ws, contact.id, t.id, 'data-busy');
    expect(later).toMatchObject({ status: 'queued', attempts: 1, sentAt: null });
    expect(later.reason).toMatch(/^SMTP 452/);
    refuseData.set('ann@tea.example', 550);
    await h.database.db.execute(sql`update message_sends set due_at = now() where id = ${later.id}`);
    await h.processSends();
    const failed = (await call(h, ws.headers, 'GET', `/api/v1/messages/${later.id}`)).json<MessageSend>();
    expect(failed).toMatchObject({ status: 'failed', attempts: 2 });
    expect(failed.reason).toMatch(/^SMTP 550/);
    refuseData.clear();
    expect(mails.length).toBe(before);
    // The server refused that message, not the address: the next one goes.
    expect(await sendNow(ws, contact.id, t.id, 'after-data-refusal')).toMatchObject({ status: 'sent' });
    expect(mails.length).toBe(before + 1);
  });

  it('a send another worker took over meanwhile is abandoned before its end-of-data, so only that worker delivers it', async () => {
    const { ws, contact, template } = await shop();
    const t = await template({ channel: 'email', subject: 'Hi', mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>x</mj-text></mj-column></mj-section></mj-body></mjml>' });
    const before = mails.length;
    takeOver.set('ann@tea.example', contact.id);
    const taken = await sendNow(ws, contact.id, t.id, 'taken-over');
    takeOver.clear();
    expect(taken).toMatchObject({ status: 'sending', attempts: 2 });
    expect(statusAtEnd.has(taken.id)).toBe(false);
    expect(mails.length).toBe(before);
  });

  it('SMS goes to the gateway with the idempotency key; an unset channel is skipped with the reason', async () => {
    const { ws, contact, template } = await shop();
    const t = await template({ channel: 'sms', text: '{{ contact.firstName }}, 20% off tea today' });
    const unset = await sendNow(ws, contact.id, t.id, 'sms-unset');
    expect(unset).toMatchObject({ status: 'skipped', reason: 'channel_not_configured' });
    const saved = await call(h, ws.headers, 'PUT', '/api/v1/messaging/settings', { sms: { provider: 'generic', url: `${base}/sms`, token: 'sms-token-secret' } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.body).not.toContain('sms-token-secret');
    expect(saved.json()).toMatchObject({ sms: { provider: 'generic', hasSecret: true } });
    const sent = await sendNow(ws, contact.id, t.id, 'sms-1');
    expect(sent).toMatchObject({ status: 'sent', recipient: '+886912345678', subject: 'Ann, 20% off tea today' });
    const req = requests.filter((r) => r.path === '/sms').at(-1)!;
    expect(req.headers.authorization).toBe('Bearer sms-token-secret');
    expect(req.headers['idempotency-key']).toBe(sent.id);
    expect(JSON.parse(req.body)).toMatchObject({ to: '+886912345678', text: 'Ann, 20% off tea today', reference: sent.id });
    // The token stays when settings are saved again without it.
    expect((await call(h, ws.headers, 'PUT', '/api/v1/messaging/settings', { sms: { provider: 'generic', url: `${base}/sms` } })).json()).toMatchObject({ sms: { hasSecret: true } });
  });

  it('links in SMS and LINE messages become short tracked links; a click is recorded and redirects with UTM', async () => {
    const { ws, contact, template } = await shop();
    await call(h, ws.headers, 'PUT', '/api/v1/messaging/settings', { sms: { provider: 'generic', url: `${base}/sms`, token: 'sms-token-secret' }, line: { channelAccessToken: 'line-access-token', baseUrl: base } });
    const text = await template({ channel: 'sms', text: '{{ contact.firstName }}，新茶上市：https://tea.example/new。See https://tea.example/new, or https://tea.example/shop?utm_source=line.' });
    const sms = await sendNow(ws, contact.id, text.id, 'sms-links');
    expect(sms.status).toBe('sent');
    const sent = JSON.parse(requests.filter((r) => r.path === '/sms').at(-1)!.body) as { text: string };
    const short = [...sent.text.matchAll(/http:\/\/localhost:\d+\/l\/([\w-]+)/g)].map((m) => m[1]!);
    // One short link per destination; the sentence's punctuation stays outside the link.
    expect(short).toHaveLength(3);
    expect(short[0]).toBe(short[1]);
    expect(sent.text).toMatch(/^Ann，新茶上市：http:\/\/localhost:\d+\/l\/[\w-]{34}。See http:\/\/localhost:\d+\/l\/[\w-]{34}, or http:\/\/localhost:\d+\/l\/[\w-]{34}\.$/);
    const follow = (token: string) => h.app.inject({ method: 'GET', url: `/l/${token}` });
    const first = await follow(short[0]!);
    expect(first.statusCode).toBe(302);
    expect(first.headers.location).toBe('https://tea.example/new?utm_source=rapport&utm_medium=sms&utm_campaign=T');
    // The shop's own tagging wins over ours.
    expect((await follow(short[2]!)).headers.location).toBe('https://tea.example/shop?utm_source=line&utm_medium=sms&utm_campaign=T');
    expect((await call(h, ws.headers, 'GET', `/api/v1/messages/${sms.id}`)).json<MessageSend>().clickedAt).not.toBeNull();
    // A changed character, or another link number, is refused.
    const forged = short[0]!.slice(0, -1) + (short[0]!.endsWith('A') ? 'B' : 'A');
    expect((await follow(forged)).statusCode).toBe(404);
    expect((await follow(short[0]!.slice(0, 22) + '5' + short[0]!.slice(23))).statusCode).toBe(404);

    const line = await template({
      channel: 'line',
      messages: [
        { type: 'text', text: 'Hello {{ contact.firstName }} https://tea.example/line' },
        {
          type: 'flex',
          altText: 'Shop',
          contents: JSON.stringify({
            type: 'bubble',
            hero: { type: 'image', url: 'https://tea.example/img.png' },
            footer: { type: 'box', layout: 'vertical', contents: [{ type: 'button', action: { type: 'uri', label: 'Go', uri: 'https://tea.example/go' } }] },
          }),
        },
      ],
    });
    const pushed = await sendNow(ws, contact.id, line.id, 'line-links');
    expect(pushed.status).toBe('sent');
    type Bubble = { hero: { url: string }; footer: { contents: { action: { uri: string } }[] } };
    const body = JSON.parse(requests.filter((r) => r.path === '/v2/bot/message/push').at(-1)!.body) as { messages: { text?: string; contents?: Bubble }[] };
    expect(body.messages[0]!.text).toMatch(/^Hello Ann http:\/\/localhost:\d+\/l\/[\w-]{34}$/);
    const action = body.messages[1]!.contents!.footer.contents[0]!.action.uri;
    expect(action).toMatch(/\/l\/[\w-]{34}$/);
    // Images are not links to follow: left as they are.
    expect(body.messages[1]!.contents!.hero.url).toBe('https://tea.example/img.png');
    expect((await follow(action.split('/l/')[1]!)).headers.location).toBe('https://tea.example/go?utm_source=rapport&utm_medium=line&utm_campaign=T');
  });

  it('LINE pushes to the contact’s LINE user with the retry key; a rejected push fails with LINE’s message', async () => {
    const { ws, contact, template } = await shop();
    expect((await call(h, ws.headers, 'PUT', '/api/v1/messaging/settings', { line: { channelAccessToken: 'line-access-token', baseUrl: base } })).statusCode).toBe(200);
    const t = await template({ channel: 'line', messages: [{ type: 'text', text: 'Hello {{ contact.firstName }}' }] });
    const sent = await sendNow(ws, contact.id, t.id, 'line-1');
    expect(sent).toMatchObject({ status: 'sent', recipient: lineUser });
    const req = requests.filter((r) => r.path === '/v2/bot/message/push').at(-1)!;
    expect(req.headers.authorization).toBe('Bearer line-access-token');
    expect(req.headers['x-line-retry-key']).toBe(sent.id);
    expect(JSON.parse(req.body)).toEqual({ to: lineUser, messages: [{ type: 'text', text: 'Hello Ann' }] });
    answers.set('/v2/bot/message/push', [{ status: 400, body: '{"message":"The request body has 1 error(s)"}' }]);
    const failed = await sendNow(ws, contact.id, t.id, 'line-2');
    expect(failed.status).toBe('failed');
    expect(failed.reason).toContain('The request body has 1 error(s)');
  });

  it('webhooks are signed so the receiver can verify them', async () => {
    const { ws, contact, template } = await shop();
    const t = await template({ channel: 'webhook', url: `${base}/hook`, body: '{"who": "{{ contact.firstName }}", "email": "{{ contact.email }}"}' });
    const sent = await sendNow(ws, contact.id, t.id, 'hook-1');
    expect(sent).toMatchObject({ status: 'sent' });
    const req = requests.filter((r) => r.path === '/hook').at(-1)!;
    expect(JSON.parse(req.body)).toEqual({ who: 'Ann', email: 'ann@tea.example' });
    const { webhookSecret } = (await call(h, ws.headers, 'GET', '/api/v1/messaging/settings')).json<{ webhookSecret: string }>();
    expect(req.headers['webhook-id']).toBe(sent.id);
    expect(verifyWebhookSignature(webhookSecret, req.headers as Record<string, string>, req.body)).toBe(true);
    expect(verifyWebhookSignature(webhookSecret, req.headers as Record<string, string>, req.body.replace('Ann', 'Eve'))).toBe(false);
    // Reading the secret wrote nothing: it is derived until the workspace rotates it.
    expect(await selectRows(h.database.db, sql`select 1 from messaging_settings where workspace_id = ${ws.workspaceId}`)).toEqual([]);
    expect((await call(h, ws.headers, 'GET', '/api/v1/messaging/settings')).json<{ webhookSecret: string }>().webhookSecret).toBe(webhookSecret);

    const rotated = await call(h, ws.headers, 'POST', '/api/v1/messaging/settings/webhook-secret');
    expect(rotated.statusCode, rotated.body).toBe(200);
    const fresh = rotated.json<{ webhookSecret: string }>().webhookSecret;
    expect(fresh).toMatch(/^whsec_/);
    expect(fresh).not.toBe(webhookSecret);
    const again = await sendNow(ws, contact.id, t.id, 'hook-2');
    const req2 = requests.filter((r) => r.path === '/hook').at(-1)!;
    expect(req2.headers['webhook-id']).toBe(again.id);
    expect(verifyWebhookSignature(fresh, req2.headers as Record<string, string>, req2.body)).toBe(true);
    expect(verifyWebhookSignature(webhookSecret, req2.headers as Record<string, string>, req2.body)).toBe(false);
    const audit = (await call(h, ws.headers, 'GET', '/api/v1/audit-log?entity=messaging_settings')).json<{ data: { changes: Record<string, unknown> }[] }>();
    expect(audit.data[0]?.changes).toEqual({ webhookSecret: { before: 'set', after: 'rotated' } });
    expect(JSON.stringify(audit)).not.toContain(fresh);
  });

  it('a saved channel secret is kept when left out and cleared with null', async () => {
    const { ws } = await shop();
    const put = (line: object) => call(h, ws.headers, 'PUT', '/api/v1/messaging/settings', { line });
    expect((await put({ channelAccessToken: 'line-access-token' })).json()).toMatchObject({ line: { hasToken: true } });
    expect((await put({ baseUrl: base })).json()).toMatchObject({ line: { hasToken: true, baseUrl: base } });
    expect((await put({ channelAccessToken: null, baseUrl: base })).json()).toMatchObject({ line: { hasToken: false, baseUrl: base } });
  });
});
