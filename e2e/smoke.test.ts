import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type ServerProcess } from './server.js';

/**
 * The key user flow in a real browser against a real server on a fresh embedded database:
 * setup → log in → create a contact → see it in the list → switch language.
 */
const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
// CI installs Chromium; a developer machine without it skips this one test rather than failing.
const canRun = Boolean(chromiumPath) || Boolean(process.env.CI);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-e2e-'));
let server: ServerProcess;
let base: string;
let browser: Browser;
let page: Page;

describe.runIf(canRun)('browser smoke test', () => {
  beforeAll(async () => {
    server = await startServer(dataDir);
    base = server.base;
    if (!chromiumPath) throw new Error('Chromium is not installed: apt-get install chromium');
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    page = await (await browser.newContext({ locale: 'en-US' })).newPage();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('sets up, logs in, creates a contact and switches language', async () => {
    await page.goto(base);
    await page.waitForURL(/\/setup/);
    await page.getByLabel('Your name').fill('Ada Lovelace');
    await page.getByLabel('Email').fill('ada@example.com');
    await page.getByLabel('Password').fill('analytical-engine');
    await page.getByLabel('Workspace name').fill('Analytical 公司');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.waitForURL(/\/contacts/);

    // A fresh browser context has no session: log in as a returning user would.
    const context = await browser.newContext({ locale: 'en-US' });
    page = await context.newPage();
    await page.goto(`${base}/contacts`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('Email').fill('ada@example.com');
    await page.getByLabel('Password').fill('analytical-engine');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(/\/contacts/);

    await page.getByRole('button', { name: 'New contact' }).click();
    // The list page has its own Save (views) and Email (inline edit) controls: stay in the dialog.
    const form = page.getByRole('dialog');
    await form.getByLabel('First name').fill('美玲');
    await form.getByLabel('Last name').fill('林');
    await form.getByLabel('Email', { exact: true }).fill('mei@example.com');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.locator('table').innerText(), { timeout: 10_000 }).toContain('mei@example.com');

    const res = await page.request.get(`${base}/api/v1/contacts`);
    expect((await res.json()).data[0]).toMatchObject({ email: 'mei@example.com', name: '林美玲' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
    const csv = fs.readFileSync((await download.path())!);
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.toString('utf8')).toContain('林美玲');

    const picker = page.getByLabel('Language').first();
    if ((await picker.evaluate((el) => el.tagName)) === 'SELECT') {
      await picker.selectOption({ label: '繁體中文' });
    } else {
      await picker.click();
      await page.getByRole('option', { name: '繁體中文' }).click();
    }
    await expect.poll(() => page.locator('nav').innerText(), { timeout: 10_000 }).toContain('聯絡人');
    await page.screenshot({ path: path.join(os.tmpdir(), 'rapport-e2e-contacts-zh-TW.png') });
  }, 90_000);

  it('invites a teammate who joins by link, and creates an API key that calls the REST API', async () => {
    const admin = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await admin.goto(`${base}/login`);
    await admin.getByLabel('Email').fill('ada@example.com');
    await admin.getByLabel('Password').fill('analytical-engine');
    await admin.getByRole('button', { name: 'Log in' }).click();
    await admin.waitForURL(/\/contacts/);

    await admin.goto(`${base}/settings/invitations`);
    await admin.getByLabel('Email').fill('grace@example.com');
    await admin.getByRole('button', { name: 'Create invitation' }).click();
    const link = await admin.getByLabel('Invitation link', { exact: true }).inputValue();
    expect(link).toMatch(new RegExp(`^${base}/invite/\\w+$`));

    const teammate = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await teammate.goto(link);
    await teammate.getByLabel('Your name').fill('Grace Hopper');
    await teammate.getByLabel('Password').fill('compiler-1952');
    await teammate.getByRole('button', { name: 'Create account and join' }).click();
    await teammate.waitForURL(/\/contacts/);
    await expect.poll(() => teammate.locator('table').innerText(), { timeout: 10_000 }).toContain('mei@example.com');

    await admin.goto(`${base}/settings/api-keys`);
    await admin.getByRole('button', { name: 'New API key' }).click();
    await admin.getByLabel('Name').fill('Website sync');
    await admin.getByRole('button', { name: 'Create key' }).click();
    const key = await admin.getByLabel('Website sync', { exact: true }).inputValue();
    expect(key).toMatch(/^rk_/);
    await admin.getByRole('button', { name: "I've copied it" }).click();

    const api = await fetch(`${base}/api/v1/contacts`, { headers: { authorization: `Bearer ${key}` } });
    expect(api.status).toBe(200);
    expect(((await api.json()) as { data: { email: string }[] }).data.map((c) => c.email)).toContain('mei@example.com');
    await admin.goto(`${base}/settings/members`);
    await expect.poll(() => admin.locator('table').innerText(), { timeout: 10_000 }).toContain('grace@example.com');

    // Phones typed the local way are read in the workspace's default region, set in Settings.
    await admin.goto(`${base}/settings/workspace`);
    const region = admin.getByLabel('Default country for phone numbers');
    await expect.poll(() => region.inputValue(), { timeout: 10_000 }).toContain('(US)'); // from the browser's en-US
    await region.fill('Taiwan');
    await admin.getByRole('option', { name: /Taiwan/ }).click();
    await expect.poll(() => region.inputValue()).toContain('(TW)');
    await admin.goto(`${base}/contacts`);
    await admin.getByRole('button', { name: 'New contact' }).click();
    const form = admin.getByRole('dialog');
    await form.getByLabel('First name').fill('志明');
    await form.getByLabel('Phone', { exact: true }).fill('0912-345-678');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => admin.locator('table').innerText(), { timeout: 10_000 }).toContain('志明');
    const found = await fetch(`${base}/api/v1/contacts?q=0912345678`, { headers: { authorization: `Bearer ${key}` } });
    const [zhiming] = ((await found.json()) as { data: { id: string; phone: string }[] }).data;
    expect(zhiming?.phone).toBe('+886912345678');

    // Consent is set per channel on the contact page and kept with its source.
    await admin.goto(`${base}/contacts/${zhiming!.id}`);
    await admin.getByRole('radiogroup', { name: 'Email' }).getByText('Subscribed', { exact: true }).click();
    await expect.poll(async () => {
      const res = await fetch(`${base}/api/v1/contacts/${zhiming!.id}/consents`, { headers: { authorization: `Bearer ${key}` } });
      return ((await res.json()) as { data: { channel: string; status: string; source: string }[] }).data[0];
    }, { timeout: 10_000 }).toEqual({ channel: 'email', status: 'subscribed', source: 'manual', changedAt: expect.any(String) });
    const emailConsent = admin.getByRole('radiogroup', { name: 'Email' }).getByRole('radio', { name: 'Subscribed', exact: true });
    await expect.poll(() => emailConsent.isChecked(), { timeout: 10_000 }).toBe(true);
    await admin.screenshot({ path: path.join(os.tmpdir(), 'rapport-e2e-contact-consent.png') });
  }, 90_000);

  it('answers an unknown API path with a 404, and an unknown page with the app', async () => {
    const api = await fetch(`${base}/api/v1/no-such-thing`);
    expect(api.status).toBe(404);
    expect(((await api.json()) as { code: string }).code).toBe('not_found');
    const app = await fetch(`${base}/no/such/page`);
    expect(app.status).toBe(200);
    expect(await app.text()).toContain('<div id="root">');
  });
});
