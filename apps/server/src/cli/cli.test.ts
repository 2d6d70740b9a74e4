import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import type { Contact, Page } from '@rapport/contracts';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../platform/db.js';

const run = promisify(execFile);
const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/rapport.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-cli-'));
const env = { ...process.env, RAPPORT_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
const tag = Math.random().toString(36).slice(2, 8);
const workspace = `CLI 測試 ${tag}`;

const rapport = (...args: string[]) => run(process.execPath, [bin, ...args], { env, timeout: 60_000 });

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

// Each command is a fresh Node process opening the embedded database: seconds each on a busy CI machine.
describe('rapport CLI', { timeout: 240_000 }, () => {
  it('creates a user and workspace, then a key that authenticates GET /api/v1/contacts', async () => {
    const user = await rapport('user', 'create', '--email', `cli-${tag}@example.com`, '--password', 'cli-password-1', '--workspace', workspace, '--region', 'jp');
    expect(user.stdout).toContain(`workspace "${workspace}" with them as owner`);

    const demo = await rapport('demo', '--workspace', workspace, '--contacts', '12');
    expect(demo.stdout).toContain('Loaded 12 demo contacts');

    // Shift_JIS, as Excel on a Japanese Windows saves CSV; one bad row; the second run skips duplicates.
    const csv = path.join(dataDir, '顧客.csv');
    // The phone is national: it reads through the workspace's region, set by --region.
    fs.writeFileSync(csv, iconv.encode('氏名,メールアドレス,電話番号\r\n山田太郎,taro@example.jp,090-1234-5678\r\n佐藤花子,not-an-email,\r\n', 'shift_jis'));
    const imported = await rapport('import', 'contacts', csv, '--workspace', workspace);
    expect(imported.stdout).toMatch(/^Imported 顧客\.csv: 2 rows read, 1 created, 0 updated, 0 skipped, 1 rejected \(import [0-9a-f-]{36}\)\.\n$/);
    const again = await rapport('import', 'contacts', csv, '--workspace', workspace, '--on-duplicate', 'skip');
    expect(again.stdout).toContain('2 rows read, 0 created, 0 updated, 1 skipped, 1 rejected');

    const { stdout } = await rapport('apikey', 'create', '--workspace', workspace, '--scopes', 'read,write,track');
    // Only the key: scripts capture it with $(npx rapport apikey create …).
    expect(stdout).toMatch(/^rk_[A-Za-z0-9]+\n$/);

    const config = loadConfig({ ...env, NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? null : dataDir });
    const { app } = await buildApp({ config, database, enqueue: async () => {}, serveWeb: false });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/v1/contacts?limit=100', headers: { authorization: `Bearer ${stdout.trim()}` } });
      expect(res.statusCode).toBe(200);
      const contacts = res.json<Page<Contact>>().data;
      const names = contacts.map((c) => c.name);
      expect(names).toHaveLength(13);
      expect(contacts.find((c) => c.name === '山田太郎')?.phone).toBe('+819012345678');
      expect(names.some((n) => /[\u4e00-\u9fff]/.test(n))).toBe(true);
      const seg = await app.inject({
        method: 'POST',
        url: '/api/v1/segments',
        headers: { authorization: `Bearer ${stdout.trim()}` },
        payload: { name: '有電話', definition: { type: 'group', combinator: 'and', children: [{ type: 'condition', field: 'phone', op: 'is_set' }] } },
      });
      expect(seg.statusCode, seg.body).toBe(201);
    } finally {
      await app.close();
      await database.close();
    }

    const recompute = await rapport('segments', 'recompute', '--workspace', workspace);
    expect(recompute.stdout).toMatch(/^RFM: 0 buyers scored in \d+ ms; NASLD: 13 contacts, 13 changed, in \d+ ms; lifecycle: 0 changed; segments: 1 recomputed in \d+ ms\.\n$/);
    const list = await rapport('segments', 'list', '--workspace', workspace);
    expect(list.stdout).toMatch(/^有電話\tdynamic\t\d+\t\d{4}-/);
  });

  it('sends a campaign and a message, and enrols a contact in a journey', async () => {
    // First: the embedded database serves one process at a time.
    const { stdout: key } = await rapport('apikey', 'create', '--workspace', workspace, '--scopes', 'read,write');
    const config = loadConfig({ ...env, NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? null : dataDir });
    const { app } = await buildApp({ config, database, enqueue: async () => {}, serveWeb: false });
    let campaignId = '';
    let halfDone = '';
    let templateId = '';
    let journeyId = '';
    let contactId = '';
    try {
      const headers = { authorization: `Bearer ${key.trim()}` };
      const post = async <T>(url: string, payload: object) => {
        const res = await app.inject({ method: 'POST', url, headers, payload });
        expect(res.statusCode, res.body).toBeLessThan(300);
        return res.json<T>();
      };
      const contact = await post<{ id: string }>('/api/v1/contacts', { firstName: 'Mei', email: 'mei@cli.example' });
      contactId = contact.id;
      await post(`/api/v1/contacts/${contact.id}/consents`, { channel: 'email', status: 'subscribed' });
      const list = await post<{ id: string }>('/api/v1/segments', { name: 'CLI list', kind: 'static' });
      await post(`/api/v1/segments/${list.id}/members`, { contactIds: [contact.id] });
      templateId = (await post<{ id: string }>('/api/v1/message-templates', { name: 'Hello', content: { channel: 'email', subject: 'Hello {{ contact.firstName }}', mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>Hi</mj-text></mj-column></mj-section></mj-body></mjml>' } })).id;
      campaignId = (await post<{ id: string }>('/api/v1/campaigns', { name: 'CLI sale', audience: { include: [list.id] }, variants: [{ key: 'A', templateId }] })).id;
      journeyId = (await post<{ id: string }>('/api/v1/journey-recipes/welcome_series', {})).id;
      halfDone = (await post<{ id: string }>('/api/v1/campaigns', { name: 'Half done' })).id;
    } finally {
      await app.close();
      await database.close();
    }
    expect((await rapport('campaigns', 'list', '--workspace', workspace)).stdout).toBe(`${halfDone}\tHalf done\tdraft\n${campaignId}\tCLI sale\tdraft\n`);
    const lacking = await rapport('campaigns', 'send', halfDone, '--workspace', workspace).catch((e: { code: number; stderr: string }) => e);
    expect(lacking).toMatchObject({ code: 1, stderr: 'The campaign is not ready to schedule\n  audience.include: Pick a segment to send to\n  variants: Add a variant with a template\n' });
    expect((await rapport('campaigns', 'send', campaignId, '--workspace', workspace)).stdout).toMatch(new RegExp(`^${campaignId}\tCLI sale\tscheduled\t\t\\d{4}-`));
    const results = await rapport('campaigns', 'results', campaignId, '--workspace', workspace);
    expect(results.stdout).toContain('A: 0 recipients, 0 sent, 0 queued');
    const again = await rapport('campaigns', 'send', campaignId, '--workspace', workspace).catch((e: { code: number; stderr: string }) => e);
    expect(again).toMatchObject({ code: 1, stderr: expect.stringContaining('only a draft can be scheduled') });
    const notTesting = await rapport('campaigns', 'end-test', campaignId, '--winner', 'a', '--workspace', workspace).catch((e: { code: number; stderr: string }) => e);
    expect(notTesting).toMatchObject({ code: 1, stderr: expect.stringContaining('The campaign is scheduled, not testing') });

    const sent = await rapport('messages', 'send', '--template', templateId, '--contact', 'MEI@cli.example', '--key', 'cli-1', '--workspace', workspace);
    expect(sent.stdout).toMatch(/^[0-9a-f-]{36}\temail\tqueued\n$/);
    const twice = await rapport('messages', 'send', '--template', templateId, '--contact', contactId, '--key', 'cli-1', '--workspace', workspace);
    expect(twice.stdout).toBe(`${sent.stdout.trim()}\t(already queued with this key)\n`);
    expect((await rapport('messages', 'list', '--status', 'queued', '--contact', 'mei@cli.example', '--workspace', workspace)).stdout).toBe(sent.stdout);
    const noKey = await rapport('messages', 'send', '--template', templateId, '--contact', contactId, '--workspace', workspace).catch((e: { code: number; stderr: string }) => e);
    expect(noKey).toMatchObject({ code: 1, stderr: expect.stringContaining('--key') });

    expect((await rapport('journeys', 'publish', journeyId, '--workspace', workspace)).stdout).toMatch(new RegExp(`^${journeyId}\t.+\tlive\tv1\n$`));
    const enrolled = await rapport('journeys', 'enrol', journeyId, '--contacts', 'mei@cli.example', '--workspace', workspace);
    expect(enrolled.stdout).toMatch(new RegExp(`^${contactId}\tenrolled\t[0-9a-f-]{36}\n1 of 1 enrolled in Welcome series\\.\n$`));
    const reenrolled = await rapport('journeys', 'enrol', journeyId, '--contacts', `${contactId},MEI@cli.example`, '--workspace', workspace);
    const runId = enrolled.stdout.split('\n')[0]!.split('\t')[2];
    expect(reenrolled.stdout).toBe(`${contactId}\talready_active\t${runId}\n0 of 1 enrolled in Welcome series.\n`);
    expect((await rapport('journeys', 'list', '--workspace', workspace)).stdout).toMatch(new RegExp(`^${journeyId}\t.+\tlive\tv1\t1 entered, 1 active, converted`));
    const unknownContact = await rapport('journeys', 'enrol', journeyId, '--contacts', 'nobody@cli.example', '--workspace', workspace).catch((e: { code: number; stderr: string }) => e);
    expect(unknownContact).toMatchObject({ code: 1, stderr: expect.stringContaining('No contact with the email "nobody@cli.example"') });
  });

  it('explains bad arguments and exits non-zero', async () => {
    const err = await rapport('apikey', 'create', '--workspace', workspace, '--scopes', 'read,admin').catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 1 });
    expect((err as { stderr: string }).stderr).toContain('--scopes');
    const unknown = await rapport('apikey', 'create', '--workspace', `no such ${tag}`, '--scopes', 'read').catch((e: { stderr: string }) => e);
    expect((unknown as { stderr: string }).stderr).toContain('No workspace named');
    const region = await rapport('user', 'create', '--email', `r-${tag}@example.com`, '--password', 'cli-password-1', '--workspace', `R ${tag}`, '--region', 'ZZ').catch((e: { code: number; stderr: string }) => e);
    expect(region).toMatchObject({ code: 1, stderr: expect.stringContaining('--region') });
  });
});
