import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { startServer, type ServerProcess } from './server.js';

/**
 * kill -9 in the middle of a campaign: after a restart every recipient gets the campaign, and
 * none gets it twice. Mail kept in the outbox is written in the transaction that marks the send
 * sent. SMTP mail is written down as sent before its end-of-data goes out: killed before that, the
 * server drops the unfinished message and the restarted server sends it again; killed after, it
 * is recorded. What is left is the instant between that commit and writing the final dot.
 */
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const recipients = 500;

async function campaignUnderKill(env: Record<string, string>, sentSoFar: (s: ServerProcess, cookie: string) => Promise<number>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-campaign-crash-'));
  dirs.push(dataDir);
  const first = await startServer(dataDir, undefined, { env });
  const setup = await fetch(`${first.base}/api/v1/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'A', email: 'crash@example.com', password: 'crash-test-1', workspaceName: 'Crash' }),
  });
  expect(setup.status).toBe(201);
  const cookie = setup.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const api = async <T>(s: ServerProcess, method: string, url: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${s.base}${url}`, { method, headers: { cookie, origin: s.base, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const items = Array.from({ length: recipients }, (_, i) => ({ firstName: `R${i}`, email: `r${i}@crash.example` }));
  const { results } = await api<{ results: { id: string }[] }>(first, 'POST', '/api/v1/contacts/batch', { operation: 'create', items });
  const ids = results.map((r) => r.id);
  for (let i = 0; i < ids.length; i += 25) {
    await Promise.all(ids.slice(i, i + 25).map((id) => api(first, 'POST', `/api/v1/contacts/${id}/consents`, { channel: 'email', status: 'subscribed' })));
  }
  const list = await api<{ id: string }>(first, 'POST', '/api/v1/segments', { name: 'All', kind: 'static' });
  await api(first, 'POST', `/api/v1/segments/${list.id}/members`, { contactIds: ids });
  const mjml = '<mjml><mj-body><mj-section><mj-column><mj-text>Sale {{ contact.firstName }}</mj-text></mj-column></mj-section></mj-body></mjml>';
  const template = await api<{ id: string }>(first, 'POST', '/api/v1/message-templates', { name: 'Sale', content: { channel: 'email', subject: 'Sale', mjml } });
  const campaign = await api<{ id: string }>(first, 'POST', '/api/v1/campaigns', { name: 'Crash sale', audience: { include: [list.id] }, variants: [{ key: 'A', templateId: template.id }] });
  await api(first, 'POST', `/api/v1/campaigns/${campaign.id}/schedule`);
  // Kill once some mail is out and most is not.
  for (let i = 0; i < 600 && (await sentSoFar(first, cookie)) < 60; i++) await new Promise((r) => setTimeout(r, 50));
  const before = await sentSoFar(first, cookie);
  await first.stop('SIGKILL');
  expect(before).toBeGreaterThan(0);
  expect(before).toBeLessThan(recipients);

  const second = await startServer(dataDir, undefined, { env });
  try {
    // Claims held by the killed process run out after a minute; then the rest goes.
    for (let i = 0; i < 400; i++) {
      const c = await api<{ status: string }>(second, 'GET', `/api/v1/campaigns/${campaign.id}`);
      const open = await api<{ data: unknown[] }>(second, 'GET', `/api/v1/messages?sourceId=${campaign.id}&status=queued&limit=1`);
      const sending = await api<{ data: unknown[] }>(second, 'GET', `/api/v1/messages?sourceId=${campaign.id}&status=sending&limit=1`);
      if (c.status === 'sent' && !open.data.length && !sending.data.length) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const sent: { contactId: string; status: string }[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: { contactId: string; status: string }[]; nextCursor: string | null } = await api(second, 'GET', `/api/v1/messages?sourceId=${campaign.id}&limit=200${cursor ? `&cursor=${cursor}` : ''}`);
      sent.push(...page.data);
      cursor = page.nextCursor;
    } while (cursor);
    // One send per recipient, every one of them sent.
    expect(sent).toHaveLength(recipients);
    expect(new Set(sent.map((s) => s.contactId)).size).toBe(recipients);
    expect(sent.every((s) => s.status === 'sent')).toBe(true);
    return { second, api, ids };
  } catch (e) {
    await second.stop();
    throw e;
  }
}

describe.sequential('kill -9 during a campaign', () => {
  it('outbox: every recipient gets the campaign exactly once', async () => {
    const count = async (s: ServerProcess, cookie: string) => {
      const res = await fetch(`${s.base}/api/v1/messages?status=sent&limit=200`, { headers: { cookie } });
      return res.ok ? ((await res.json()) as { data: unknown[] }).data.length : 0;
    };
    const { second, api } = await campaignUnderKill({}, count);
    try {
      const recipientsSeen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { data: { recipient: string }[]; nextCursor: string | null } = await api(second, 'GET', `/api/v1/outbox?limit=200${cursor ? `&cursor=${cursor}` : ''}`);
        recipientsSeen.push(...page.data.map((m) => m.recipient));
        cursor = page.nextCursor;
      } while (cursor);
      expect(recipientsSeen).toHaveLength(recipients);
      expect(new Set(recipientsSeen).size).toBe(recipients);
    } finally {
      await second.stop();
    }
  }, 300_000);

  it('SMTP: every recipient gets the campaign exactly once', async () => {
    const received = new Map<string, number>();
    const byId = new Map<string, number>();
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _s, done) {
        simpleParser(stream).then((m) => {
          const to = (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address ?? '';
          received.set(to, (received.get(to) ?? 0) + 1);
          byId.set(m.messageId ?? '', (byId.get(m.messageId ?? '') ?? 0) + 1);
          done();
        }, done);
      },
    });
    // The killed server drops its SMTP connections mid-session: expected here, not a failure.
    smtp.on('error', () => {});
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    try {
      const env = { RAPPORT_SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}` };
      const { second } = await campaignUnderKill(env, async () => [...received.values()].reduce((a, b) => a + b, 0));
      await second.stop();
      const repeats = [...received.entries()].filter(([, n]) => n > 1).map(([to]) => to);
      expect(repeats).toEqual([]);
      expect(received.size).toBe(recipients);
      expect(byId.size).toBe(recipients);
    } finally {
      await new Promise<void>((r) => smtp.close(() => r()));
    }
  }, 300_000);
});
