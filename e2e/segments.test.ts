import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { apiAs, chromiumPath, setupWithSource, startServer, type ServerProcess } from './server.js';

/**
 * Segments in a real browser: contacts and their tracked events arrive through the tracking API,
 * a segment is built in the visual builder with its live preview, saved, and its members table
 * follows a new event without a reload. Then the builder shows errors at their condition.
 */
const canRun = Boolean(chromiumPath) || Boolean(process.env.CI);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-e2e-segments-'));
let server: ServerProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let cookie = '';
let writeKey = '';

const api = apiAs(() => server, () => cookie);

let sent = 0;
/** Track calls through the public tracking API, as a shop's server would send them. */
async function track(events: { userId: string; daysAgo?: number }[]) {
  const batch = events.map(({ userId, daysAgo = 0 }) => ({
    type: 'track',
    event: 'Product Viewed',
    userId,
    properties: { category: 'tea' },
    timestamp: new Date(Date.now() - daysAgo * 86_400_000 - 60_000).toISOString(),
    messageId: `e2e-${++sent}`,
  }));
  const res = await fetch(`${server.base}/v1/batch`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}` },
    body: JSON.stringify({ batch }),
  });
  expect(res.status).toBe(200);
}

/** Waits until the processor has put every event sent so far on a contact (hooks cannot use expect.poll). */
async function processed() {
  for (let i = 0; i < 150; i++) {
    const { data } = await api<{ data: { contactId: string | null }[] }>('GET', '/api/v1/events?limit=200');
    if (data.length === sent && data.every((e) => e.contactId)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the events were not processed');
}

const condition = (p: string) => page.locator(`[data-testid=segment-condition][data-path="${p}"]`);
const rows = () => page.locator('[data-testid=member-row]');

describe.runIf(canRun)('segments in the browser', () => {
  beforeAll(async () => {
    server = await startServer(dataDir);
    ({ writeKey, cookie } = await setupWithSource(server.base, 'segments@example.com'));
    const people = [
      { displayName: '林美玲', email: 'mei@example.com', address: { city: 'Taipei' }, externalId: 'u-mei' },
      { displayName: '陳志明', email: 'chen@example.com', address: { city: 'Taipei' }, externalId: 'u-chen' },
      { displayName: '王小華', email: 'hua@example.com', address: { city: 'Kaohsiung' }, externalId: 'u-hua' },
      { displayName: '張大千', email: 'zhang@example.com', address: { city: 'Taipei' }, externalId: 'u-zhang' },
    ];
    for (const p of people) await api('POST', '/api/v1/contacts', p);
    // Mei viewed three times; Chen once; Hua often but lives elsewhere; Zhang twice, but long ago.
    await track([
      ...Array.from({ length: 3 }, () => ({ userId: 'u-mei' })),
      { userId: 'u-chen' },
      ...Array.from({ length: 4 }, () => ({ userId: 'u-hua' })),
      { userId: 'u-zhang', daysAgo: 40 },
      { userId: 'u-zhang', daysAgo: 41 },
    ]);
    await processed();
    if (!chromiumPath) throw new Error('Chromium is not installed: apt-get install chromium');
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } });
    const url = new URL(server.base);
    await context.addCookies(cookie.split('; ').map((c) => ({ name: c.split('=')[0]!, value: c.slice(c.indexOf('=') + 1), domain: url.hostname, path: '/' })));
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('builds a segment with a live preview, saves it, and its members follow new events', async () => {
    await page.goto(`${server.base}/segments`);
    await page.getByTestId('new-segment').click();
    await page.waitForURL(/\/segments\/new$/);

    // city = Taipei
    await page.getByRole('button', { name: 'Add condition' }).click();
    await page.getByRole('menuitem', { name: 'Profile field' }).click();
    await condition('0').getByLabel('Field').fill('City');
    await page.getByRole('option', { name: 'City', exact: true }).click();
    await condition('0').getByLabel('Value of City').fill('Taipei');
    // AND performed Product Viewed at least 2 times in the last 30 days
    await page.getByRole('button', { name: 'Add condition' }).click();
    await page.getByRole('menuitem', { name: 'Performed an event' }).click();
    await condition('1').getByLabel('Choose an event').click();
    await page.getByRole('option', { name: 'Product Viewed' }).click();
    await condition('1').getByLabel('Number of times').fill('2');
    await expect.poll(() => condition('1').getByLabel('Number of days').inputValue()).toBe('30');

    // Only Mei: Chen viewed once, Hua lives in Kaohsiung, Zhang's views are older than 30 days.
    // The preview waits 400 ms for typing to stop, then asks the server, which shares the embedded
    // database with the event processor and the segment worker: more than poll's default second.
    await expect.poll(() => page.getByTestId('preview-count').getAttribute('data-count'), { timeout: 10_000 }).toBe('1');
    await expect.poll(() => page.getByTestId('preview-sample').textContent(), { timeout: 10_000 }).toContain('mei@example.com');

    await page.getByTestId('segment-name').fill('Taipei tea browsers');
    await page.getByLabel('Auto tag').fill('tea-lover');
    await page.getByTestId('segment-save').click();
    await page.waitForURL(/\/segments\/[0-9a-f-]{36}$/);
    const segmentId = page.url().split('/').pop()!;
    await expect.poll(() => rows().count()).toBe(1);
    expect(await page.getByTestId('members-table').textContent()).toContain('mei@example.com');
    expect(await page.getByTestId('segment-size').getAttribute('data-size')).toBe('1');

    // Chen views once more and now matches: the open page shows it without a reload.
    await track([{ userId: 'u-chen' }]);
    await expect.poll(() => rows().count(), { timeout: 45_000 }).toBe(2);
    expect(await page.getByTestId('members-table').textContent()).toContain('chen@example.com');
    await expect.poll(() => page.getByTestId('segment-size').getAttribute('data-size')).toBe('2');

    // Chen's profile shows the rule's tag apart from manual ones, and the entry on the timeline.
    await rows().filter({ hasText: 'chen@example.com' }).getByRole('link').click();
    await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('auto-tag').textContent()).toBe('tea-lover');
    const entry = page.getByRole('link', { name: 'Taipei tea browsers' });
    await entry.waitFor();
    expect(await entry.getAttribute('href')).toBe(`/segments/${segmentId}`);
    await page.getByText('Tag tea-lover added by rule').waitFor();
  }, 120_000);

  it('shows what is wrong at the condition it concerns', async () => {
    await page.goto(`${server.base}/segments/new`);
    await page.getByTestId('segment-name').fill('Holdout');
    // An event condition left without its event is not sent; saving points at it.
    await page.getByRole('button', { name: 'Add condition' }).click();
    await page.getByRole('menuitem', { name: 'Performed an event' }).click();
    await page.getByTestId('segment-save').click();
    await expect.poll(() => condition('0').getByTestId('condition-error').textContent()).toBe('Finish this condition or remove it');

    // The server refuses buckets 50 to 10; its message shows at the random condition, not elsewhere.
    // A fresh builder, so the random condition is the only one (removing a row while the preview
    // re-renders made this step flaky).
    await page.goto(`${server.base}/segments/new`);
    await page.getByRole('button', { name: 'Add condition' }).click();
    await page.getByRole('menuitem', { name: 'Random sample' }).click();
    await condition('0').getByLabel('First bucket').fill('50');
    await condition('0').getByLabel('Last bucket').fill('10');
    await expect.poll(() => condition('0').getByTestId('condition-error').textContent()).toBe('The first bucket comes after the last');
    expect(await page.getByTestId('condition-error').count()).toBe(1);
    await page.getByTestId('preview-error').waitFor();

    // Fixed, the error goes and the preview counts again.
    await condition('0').getByLabel('First bucket').fill('0');
    await expect.poll(() => page.getByTestId('condition-error').count()).toBe(0);
    await page.getByTestId('preview-count').waitFor();
  }, 60_000);
});
