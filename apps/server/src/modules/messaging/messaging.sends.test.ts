import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Contact, MessageSend, MessageTemplate, OutboxMessage, Page } from '@rapport/contracts';
import { selectRows } from '../../platform/db.js';
import { call, newWorkspace, startHarness, type Harness, type Session } from '../../test/harness.js';

const mjml = (body: string) => `<mjml><mj-body><mj-section><mj-column>${body}</mj-column></mj-section></mj-body></mjml>`;
const offer = {
  name: 'Offer',
  content: {
    channel: 'email',
    subject: 'Tea for you, {{ contact.firstName }}',
    mjml: mjml('<mj-text>Hello {{ contact.firstName }}</mj-text><mj-button href="https://shop.example/tea?ref=mail">Shop</mj-button><mj-text><a href="{{ unsubscribe_url }}">Unsubscribe</a></mj-text>'),
  },
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

interface Shop {
  ws: Session;
  template: MessageTemplate;
  person: (fields: Record<string, unknown>, consent?: 'subscribed' | 'unsubscribed' | null) => Promise<Contact>;
  send: (contactId: string, key: string, extra?: Record<string, unknown>) => Promise<MessageSend & { duplicate: boolean }>;
  get: (id: string) => Promise<MessageSend>;
}

async function shop(name = 'Tea & Co'): Promise<Shop> {
  const ws = await newWorkspace(h, name);
  const template = (await call(h, ws.headers, 'POST', '/api/v1/message-templates', offer)).json<MessageTemplate>();
  return {
    ws,
    template,
    async person(fields, consent = 'subscribed') {
      const c = (await call(h, ws.headers, 'POST', '/api/v1/contacts', fields)).json<Contact>();
      if (consent) expect((await call(h, ws.headers, 'POST', `/api/v1/contacts/${c.id}/consents`, { channel: 'email', status: consent })).statusCode).toBe(201);
      return c;
    },
    async send(contactId, key, extra = {}) {
      const res = await call(h, ws.headers, 'POST', '/api/v1/messages', { contactId, templateId: template.id, idempotencyKey: key, ...extra });
      expect([200, 202], res.body).toContain(res.statusCode);
      return res.json();
    },
    get: async (id) => (await call(h, ws.headers, 'GET', `/api/v1/messages/${id}`)).json<MessageSend>(),
  };
}

const outbox = async (s: Session) => (await call(h, s.headers, 'GET', '/api/v1/outbox')).json<Page<OutboxMessage>>().data;
const eventsOf = (ws: string, contactId: string) =>
  selectRows<{ name: string; properties: Record<string, unknown> }>(h.database.db, sql`select name, properties from events where workspace_id = ${ws} and contact_id = ${contactId} order by id`);

describe('sending a template to a contact', () => {
  it('delivers once per idempotency key, with tracked links, a pixel and one-click unsubscribe headers', async () => {
    const s = await shop();
    const ann = await s.person({ firstName: 'Ann', email: 'Ann@Tea.example', locale: 'zh-TW' });
    const first = await s.send(ann.id, 'welcome-ann');
    expect(first).toMatchObject({ status: 'queued', duplicate: false, channel: 'email', templateVersion: 1 });
    const again = await s.send(ann.id, 'welcome-ann');
    expect(again).toMatchObject({ id: first.id, duplicate: true });
    await h.processSends();
    const sent = await s.get(first.id);
    expect(sent).toMatchObject({ status: 'sent', recipient: 'ann@tea.example', subject: 'Tea for you, Ann', attempts: 1 });
    const kept = await outbox(s.ws);
    expect(kept).toHaveLength(1);
    const mail = (await call(h, s.ws.headers, 'GET', `/api/v1/outbox/${kept[0]!.id}`)).json<OutboxMessage>().message as Record<string, unknown>;
    expect(mail.messageId).toBe(`${first.id}@localhost`);
    const headers = mail.headers as Record<string, string>;
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(headers['List-Unsubscribe']).toMatch(new RegExp(`^<${h.config.baseUrl}/u/${first.id}\\.[\\w-]+>$`));
    const html = mail.html as string;
    // The shop link goes through the signed redirect with UTM added; the unsubscribe link is left alone.
    const click = /href="([^"]*\/t\/c\/[^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    expect(click).toBeDefined();
    const destination = new URL(new URL(click!).searchParams.get('u')!);
    expect(destination.origin + destination.pathname).toBe('https://shop.example/tea');
    expect(Object.fromEntries(destination.searchParams)).toMatchObject({ ref: 'mail', utm_source: 'rapport', utm_medium: 'email', utm_campaign: 'Offer' });
    expect(html).toContain(`${h.config.baseUrl}/u/${first.id}.`);
    expect(html).toMatch(/<img src="[^"]*\/t\/o\/[^"]+\.gif"/);
    expect((await eventsOf(s.ws.workspaceId, ann.id)).map((e) => e.name)).toEqual(['Message Delivered']);
    // A second pass finds nothing: the send is not delivered twice.
    await h.processSends();
    expect(await outbox(s.ws)).toHaveLength(1);
  });

  it('skips, with the reason, contacts without consent, without an address, or gone; transactional mail needs no consent', async () => {
    const s = await shop();
    const unknown = await s.person({ firstName: 'Bo', email: 'bo@tea.example' }, null);
    const refused = await s.person({ firstName: 'Cy', email: 'cy@tea.example' }, 'unsubscribed');
    const noEmail = await s.person({ firstName: 'Di', phone: '+886912345678' });
    const gone = await s.person({ firstName: 'Ed', email: 'ed@tea.example' });
    const sends = [await s.send(unknown.id, 'a'), await s.send(refused.id, 'b'), await s.send(noEmail.id, 'c'), await s.send(gone.id, 'd')];
    const receipt = await s.send(unknown.id, 'e', { purpose: 'transactional' });
    expect((await call(h, s.ws.headers, 'DELETE', `/api/v1/contacts/${gone.id}`)).statusCode).toBe(204);
    await h.processSends();
    const got = await Promise.all(sends.map((x) => s.get(x.id)));
    expect(got.map((x) => [x.status, x.reason])).toEqual([
      ['skipped', 'no_consent: email consent is unknown'],
      ['skipped', 'no_consent: email consent is unsubscribed'],
      ['skipped', 'no_address'],
      ['skipped', 'contact_gone'],
    ]);
    expect(await s.get(receipt.id)).toMatchObject({ status: 'sent', purpose: 'transactional' });
    // The timeline says what happened to each message.
    const timeline = (await call(h, s.ws.headers, 'GET', `/api/v1/contacts/${refused.id}/timeline`)).json<{ data: { kind: string; data: Record<string, unknown> }[] }>();
    expect(timeline.data.find((e) => e.kind === 'message')?.data).toMatchObject({ status: 'skipped', reason: 'no_consent: email consent is unsubscribed' });
  });

  it('holds marketing mail in quiet hours and skips it beyond the frequency cap', async () => {
    const s = await shop();
    const ann = await s.person({ firstName: 'Ann', email: 'ann@cap.example', timezone: 'Asia/Taipei' });
    const now = new Date();
    const taipei = (now.getUTCHours() + 8) % 24;
    const hh = (n: number) => String((n + 24) % 24).padStart(2, '0');
    // Quiet from an hour ago to two hours from now, in Taipei.
    const quiet = { start: `${hh(taipei - 1)}:00`, end: `${hh(taipei + 2)}:00` };
    expect((await call(h, s.ws.headers, 'PUT', '/api/v1/messaging/settings', { quietHours: quiet, frequencyCap: { count: 1, days: 7 } })).statusCode).toBe(200);
    const held = await s.send(ann.id, 'quiet');
    const receipt = await s.send(ann.id, 'receipt', { purpose: 'transactional' });
    await h.processSends();
    const after = await s.get(held.id);
    expect(after).toMatchObject({ status: 'queued', reason: 'quiet hours', attempts: 0 });
    const wait = new Date(after.dueAt).getTime() - now.getTime();
    expect(wait).toBeGreaterThan(60 * 60_000);
    expect(wait).toBeLessThanOrEqual(2 * 60 * 60_000 + 60_000);
    expect(await s.get(receipt.id)).toMatchObject({ status: 'sent' });
    // Out of quiet hours: the first marketing message goes, the second is over the cap of 1 in 7 days.
    expect((await call(h, s.ws.headers, 'PUT', '/api/v1/messaging/settings', { frequencyCap: { count: 1, days: 7 } })).statusCode).toBe(200);
    await h.database.db.execute(sql`update message_sends set due_at = now() where id = ${held.id}`);
    const second = await s.send(ann.id, 'second');
    await h.processSends();
    expect(await s.get(held.id)).toMatchObject({ status: 'sent' });
    expect(await s.get(second.id)).toMatchObject({ status: 'skipped', reason: 'frequency_cap: 1 in 7 days' });
  });

  it('refuses bad input and other workspaces’ records', async () => {
    const s = await shop();
    const other = await shop('Other');
    const theirs = await other.person({ firstName: 'Zed', email: 'zed@other.example' });
    const ann = await s.person({ firstName: 'Ann', email: 'ann@bad.example' });
    expect((await call(h, s.ws.headers, 'POST', '/api/v1/messages', { contactId: theirs.id, templateId: s.template.id, idempotencyKey: 'x' })).statusCode).toBe(404);
    expect((await call(h, s.ws.headers, 'POST', '/api/v1/messages', { contactId: ann.id, templateId: other.template.id, idempotencyKey: 'x' })).statusCode).toBe(404);
    expect((await call(h, s.ws.headers, 'POST', '/api/v1/messages', { contactId: ann.id, templateId: s.template.id })).statusCode).toBe(400);
    expect((await call(h, s.ws.headers, 'PUT', '/api/v1/messaging/settings', { quietHours: { start: '25:00', end: '08:00' } })).statusCode).toBe(400);
    expect((await call(h, s.ws.headers, 'PUT', '/api/v1/messaging/settings', { timeZone: 'Mars/Olympus' })).statusCode).toBe(400);
    const mine = await s.send(ann.id, 'mine');
    expect((await call(h, other.ws.headers, 'GET', `/api/v1/messages/${mine.id}`)).statusCode).toBe(404);
  });
});

describe('engagement through the message’s links', () => {
  it('records opens and clicks once, redirects only where the signature allows, and credits the order that follows', async () => {
    const s = await shop();
    const ann = await s.person({ firstName: 'Ann', email: 'ann@click.example' });
    const send = await s.send(ann.id, 'click');
    await h.processSends();
    const html = ((await outbox(s.ws))[0]!.message as { html: string }).html;
    const pixel = /<img src="([^"]*\/t\/o\/[^"]+)"/.exec(html)![1]!.replace(h.config.baseUrl, '');
    const click = /href="([^"]*\/t\/c\/[^"]+)"/.exec(html)![1]!.replace(/&amp;/g, '&').replace(h.config.baseUrl, '');
    for (let i = 0; i < 2; i++) {
      const res = await h.app.inject({ method: 'GET', url: pixel });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('image/gif');
    }
    const res = await h.app.inject({ method: 'GET', url: click });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toMatch(/^https:\/\/shop\.example\/tea\?ref=mail&utm_source=rapport/);
    // The same signature with another destination is refused: no open redirect.
    const forged = click.replace(/u=[^&]+/, `u=${encodeURIComponent('https://evil.example/')}`);
    expect((await h.app.inject({ method: 'GET', url: forged })).statusCode).toBe(400);
    expect((await h.app.inject({ method: 'GET', url: pixel.replace(/\.[\w-]+\.gif$/, '.AAAAAAAAAAAAAAAAAAAAAA.gif') })).statusCode).toBe(200);
    const engaged = await s.get(send.id);
    expect(engaged.openedAt).not.toBeNull();
    expect(engaged.clickedAt).not.toBeNull();
    expect((await eventsOf(s.ws.workspaceId, ann.id)).map((e) => e.name)).toEqual(['Message Delivered', 'Message Opened', 'Message Clicked']);
    // An order two days after the click is credited to this message with its revenue.
    const order = await call(h, s.ws.headers, 'POST', '/api/v1/orders', { orderId: 'T-1', contact: { id: ann.id }, status: 'paid', total: 880, lines: [{ sku: 'TEA-1', quantity: 1, unitPrice: 880 }] });
    expect(order.statusCode, order.body).toBe(201);
    await h.processConversions();
    expect(await s.get(send.id)).toMatchObject({ revenue: 880 });
    expect((await s.get(send.id)).convertedAt).not.toBeNull();
  });

  it('honours one-click unsubscribes at once, and the preference page in the contact’s language', async () => {
    const s = await shop();
    const ann = await s.person({ firstName: 'Ann', email: 'ann@unsub.example', locale: 'zh-TW' });
    const first = await s.send(ann.id, 'one');
    await h.processSends();
    const headers = ((await outbox(s.ws))[0]!.message as { headers: Record<string, string> }).headers;
    const url = headers['List-Unsubscribe']!.slice(1, -1).replace(h.config.baseUrl, '');
    // A GET (a link scanner) changes nothing.
    const page = await h.app.inject({ method: 'GET', url });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('取消訂閱');
    expect((await call(h, s.ws.headers, 'GET', `/api/v1/contacts/${ann.id}/consents`)).json<{ data: { channel: string; status: string }[] }>().data.find((c) => c.channel === 'email')?.status).toBe('subscribed');
    const post = await h.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    expect(post.statusCode).toBe(200);
    const consents = (await call(h, s.ws.headers, 'GET', `/api/v1/contacts/${ann.id}/consents`)).json<{ data: { channel: string; status: string; source: string }[] }>().data;
    expect(consents.find((c) => c.channel === 'email')).toMatchObject({ status: 'unsubscribed', source: 'unsubscribe_link' });
    expect((await s.get(first.id)).unsubscribedAt).not.toBeNull();
    const next = await s.send(ann.id, 'two');
    await h.processSends();
    expect(await s.get(next.id)).toMatchObject({ status: 'skipped', reason: 'no_consent: email consent is unsubscribed' });
    // The preference page resubscribes.
    const prefs = url.replace('/u/', '/preferences/');
    expect((await h.app.inject({ method: 'GET', url: prefs })).body).toContain('訊息偏好設定');
    const saved = await h.app.inject({ method: 'POST', url: prefs, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'form=preferences&email=on' });
    expect(saved.body).toContain('已儲存');
    expect(saved.body).toMatch(/data-channel="email" checked/);
    expect((await h.app.inject({ method: 'GET', url: '/u/not-a-token' })).statusCode).toBe(404);
    expect((await h.app.inject({ method: 'POST', url: url.replace(/\.[\w-]+$/, '.AAAAAAAAAAAAAAAAAAAAAA'), payload: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).statusCode).toBe(404);
  });
});

describe('double opt-in', () => {
  it('emails a confirmation link, and only the confirmation records consent', async () => {
    const s = await shop();
    const mei = await s.person({ firstName: 'Mei', email: 'mei@optin.example', locale: 'ja' }, null);
    const res = await call(h, s.ws.headers, 'POST', '/api/v1/messaging/opt-in', { contactId: mei.id });
    expect(res.json()).toMatchObject({ status: 'sent' });
    // Asked twice within the hour: one email.
    expect((await call(h, s.ws.headers, 'POST', '/api/v1/messaging/opt-in', { contactId: mei.id })).json()).toMatchObject({ messageId: res.json<{ messageId: string }>().messageId });
    await h.processSends();
    const sent = await s.get(res.json<{ messageId: string }>().messageId);
    expect(sent).toMatchObject({ status: 'sent', purpose: 'transactional', subject: 'Tea & Co の配信登録の確認' });
    const html = ((await outbox(s.ws))[0]!.message as { html: string }).html;
    const confirm = /href="([^"]*\/confirm\/[^"]+)"/.exec(html)![1]!.replace(h.config.baseUrl, '');
    const email = async () => (await call(h, s.ws.headers, 'GET', `/api/v1/contacts/${mei.id}/consents`)).json<{ data: { channel: string; status: string; source: string }[] }>().data.find((c) => c.channel === 'email');
    // Opening the link (or a scanner fetching it) asks; only the button confirms.
    expect((await h.app.inject({ method: 'GET', url: confirm })).body).toContain('配信登録の確認');
    expect((await email())?.status).toBe('unknown');
    const done = await h.app.inject({ method: 'POST', url: confirm });
    expect(done.body).toContain('確認されました');
    expect(await email()).toMatchObject({ status: 'subscribed', source: 'form' });
    expect((await call(h, s.ws.headers, 'POST', '/api/v1/messaging/opt-in', { contactId: mei.id })).json()).toMatchObject({ status: 'already_subscribed' });
    // The unsubscribe token of the same message does not confirm.
    const unsub = `/confirm/${sent.id}.${'A'.repeat(22)}`;
    expect((await h.app.inject({ method: 'POST', url: unsub })).statusCode).toBe(404);
    const noEmail = await s.person({ firstName: 'Di', phone: '+886912345678' }, null);
    expect((await call(h, s.ws.headers, 'POST', '/api/v1/messaging/opt-in', { contactId: noEmail.id })).statusCode).toBe(400);
  });
});

describe('bounces and complaints', () => {
  it('suppress the address from a webhook report or a DSN, and report each item', async () => {
    const s = await shop();
    const ann = await s.person({ firstName: 'Ann', email: 'ann@bounce.example' });
    const bo = await s.person({ firstName: 'Bo', email: 'bo@bounce.example' });
    const first = await s.send(ann.id, 'b1');
    await s.send(bo.id, 'b2');
    await h.processSends();
    const res = await call(h, s.ws.headers, 'POST', '/api/v1/messaging/feedback', {
      items: [{ type: 'hard_bounce', messageId: `<${first.id}@localhost>`, detail: '550 5.1.1 no such user' }, { type: 'bounce' }, { type: 'complaint', email: 'nobody@else.example' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ recorded: 2, rejected: 1, results: [{ status: 'recorded', sendId: first.id }, { status: 'rejected' }, { status: 'recorded', sendId: null }] });
    expect((await s.get(first.id)).bouncedAt).not.toBeNull();
    const dsn = [
      'From: MAILER-DAEMON@mx.example',
      'To: bounces@tea.example',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered.',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example',
      '',
      'Final-Recipient: rfc822; bo@bounce.example',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 user unknown',
      '',
      '--b',
      'Content-Type: text/rfc822-headers',
      '',
      'Message-ID: <not-ours@elsewhere>',
      'Subject: Tea for you, Bo',
      '',
      '--b--',
      '',
    ].join('\r\n');
    const fromDsn = await h.app.inject({ method: 'POST', url: '/api/v1/messaging/dsn', headers: { ...s.ws.headers, 'content-type': 'message/rfc822' }, payload: dsn });
    expect(fromDsn.statusCode, fromDsn.body).toBe(200);
    expect(fromDsn.json()).toMatchObject({ recorded: 1 });
    const again = [await s.send(ann.id, 'b3'), await s.send(bo.id, 'b4')];
    await h.processSends();
    for (const x of again) expect(await s.get(x.id)).toMatchObject({ status: 'skipped', reason: 'suppressed' });
    expect((await h.app.inject({ method: 'POST', url: '/api/v1/messaging/dsn', headers: { ...s.ws.headers, 'content-type': 'message/rfc822' }, payload: 'Subject: hi\r\n\r\nnot a report' })).statusCode).toBe(400);
  });
});
