import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { apiAs, chromiumPath, startServer, type ServerProcess } from './server.js';

/**
 * Customer 360 in a real browser: the import wizard with a file that has bad rows, and a merge
 * of two duplicates followed by its undo.
 */
const canRun = Boolean(chromiumPath) || Boolean(process.env.CI);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-e2e-360-'));
let server: ServerProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let cookie = '';

const api = apiAs(() => server, () => cookie);

describe.runIf(canRun)('customer 360 in the browser', () => {
  beforeAll(async () => {
    server = await startServer(dataDir);
    const setup = await fetch(`${server.base}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'zh-TW' },
      body: JSON.stringify({ name: 'Mei', email: 'mei@example.com', password: 'customer-360-1', workspaceName: '美玲商行' }),
    });
    cookie = setup.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    if (!chromiumPath) throw new Error('Chromium is not installed: apt-get install chromium');
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    context = await browser.newContext({ locale: 'en-US' });
    const url = new URL(server.base);
    await context.addCookies(cookie.split('; ').map((c) => ({ name: c.split('=')[0]!, value: c.slice(c.indexOf('=') + 1), domain: url.hostname, path: '/' })));
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('imports a file with bad rows through the wizard, and every row is accounted for', async () => {
    const csv = ['姓名,電子郵件,手機,標籤', '林美玲,lin@example.com,0912-345-678,VIP', '陳志明,not-an-email,0922333444,', '王小華,hua@example.com,12,', '張大千,zhang@example.com,,新客'].join('\n');
    await page.goto(`${server.base}/imports/new`);
    await page.getByTestId('import-file-input').setInputFiles({ name: '客戶.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`) });
    await page.getByTestId('import-next').click();
    // Preview, mapping and duplicate rule: the suggestions are right, so each step goes on as is.
    for (let i = 0; i < 6 && !(await page.getByTestId('import-dry-run').isVisible()); i++) {
      await page.getByTestId('import-next').click();
      await page.waitForTimeout(300);
    }
    await page.getByTestId('import-dry-run').click();
    await expect.poll(() => page.getByTestId('import-count-rejected').first().textContent(), { timeout: 30_000 }).toBe('2');
    for (let i = 0; i < 3 && !(await page.getByTestId('import-start').isVisible()); i++) {
      await page.getByTestId('import-next').click();
      await page.waitForTimeout(300);
    }
    await page.getByTestId('import-start').click();
    await page.waitForURL(/\/imports\/[0-9a-f-]{36}/);
    await expect.poll(() => page.getByTestId('import-status').getAttribute('data-status'), { timeout: 60_000 }).toBe('completed');
    expect(await page.getByTestId('import-count-created').textContent()).toBe('2');
    expect(await page.getByTestId('import-count-rejected').textContent()).toBe('2');
    await expect.poll(() => page.getByTestId('import-rejects').textContent()).toContain('not-an-email');
    const href = await page.getByTestId('import-rejects-download').getAttribute('href');
    const rejected = await (await fetch(`${server.base}${href}`, { headers: { cookie } })).text();
    expect(rejected).toContain('reason');
    expect(rejected.trim().split('\r\n')).toHaveLength(3);
    const found = await api<{ data: { name: string; phone: string }[] }>('GET', '/api/v1/contacts?q=林美玲');
    expect(found.data).toEqual([expect.objectContaining({ name: '林美玲', phone: '+886912345678' })]);
  }, 180_000);

  it('merges two duplicates from the duplicates page, then undoes the merge', async () => {
    const a = await api<{ id: string }>('POST', '/api/v1/contacts', { firstName: 'Twin', lastName: 'One', email: 'twin@example.com', jobTitle: 'Buyer' });
    const b = await api<{ id: string }>('POST', '/api/v1/contacts', { firstName: 'Twin', lastName: 'Two', email: 'TWIN@example.com', tags: ['from-b'] });
    await api('POST', `/api/v1/contacts/${b.id}/notes`, { body: 'Note on B' });
    await page.goto(`${server.base}/contacts/duplicates`);
    await page.getByTestId('merge-open').first().click();
    await page.getByTestId('merge-confirm').click();
    await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
    const survivorId = page.url().split('/').pop()!;
    const mergedId = survivorId === a.id ? b.id : a.id;
    expect((await fetch(`${server.base}/api/v1/contacts/${mergedId}`, { headers: { cookie } })).status).toBe(404);
    const survivor = await api<{ tags: string[] }>('GET', `/api/v1/contacts/${survivorId}`);
    expect(survivor.tags).toContain('from-b');
    // The merged contact's own history shows on the survivor's timeline.
    await page.getByText('created a contact since merged into this one').first().waitFor({ timeout: 15_000 });
    await page.getByTestId('merge-undo').click();
    await expect.poll(async () => (await fetch(`${server.base}/api/v1/contacts/${mergedId}`, { headers: { cookie } })).status, { timeout: 15_000 }).toBe(200);
    const notes = await api<{ data: { body: string }[] }>('GET', `/api/v1/contacts/${b.id}/notes`);
    expect(notes.data.map((n) => n.body)).toEqual(['<p>Note on B</p>']);
  }, 120_000);
});
