import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ModelSettings, NasldReport, RecomputeResult, RfmReport } from '@rapport/contracts';
import { apiAs, chromiumPath, startServer, type ServerProcess } from './server.js';

/**
 * The customer models in a real browser: a year of orders from buyers who buy at different
 * paces, the RFM grid and NASLD states read back from the pages, a cell, a group and a state each
 * opened as a segment of the same size, and the model settings showing the server's errors.
 */
const canRun = Boolean(chromiumPath) || Boolean(process.env.CI);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-e2e-models-'));
const day = 24 * 3600 * 1000;
let server: ServerProcess;
let browser: Browser;
let page: Page;
let cookie = '';

const api = apiAs(() => server, () => cookie);

/**
 * 30 buyers: buyer i orders 1 to 6 times, every 15 to 60 days, the last one 2 to 330 days ago, so
 * the grid fills several cells and every NASLD state but prospect has someone. Plus 4 prospects.
 */
async function seed() {
  const now = Date.now();
  for (let i = 0; i < 30; i++) {
    const orders = 1 + (i % 6);
    const gap = 15 + (i % 4) * 15;
    const last = 2 + ((i * 37) % 330);
    for (let k = 0; k < orders; k++) {
      await api('POST', '/api/v1/orders', {
        orderId: `M-${i}-${k}`,
        contact: { email: `buyer${i}@example.com` },
        status: 'paid',
        currency: 'TWD',
        total: 500 + i * 40 + k * 10,
        placedAt: new Date(now - (last + k * gap) * day).toISOString(),
      });
    }
  }
  for (let i = 0; i < 4; i++) await api('POST', '/api/v1/contacts', { firstName: 'Prospect', lastName: String(i), email: `prospect${i}@example.com` });
}

/** Reads `data-*` numbers of every element matching the selector, keyed by its test id. */
const countsOf = (selector: string): Promise<Record<string, number>> =>
  page.$$eval(selector, (els) => Object.fromEntries(els.map((el) => [el.getAttribute('data-testid') ?? '', Number(el.getAttribute('data-contacts'))])));

const segmentSize = async () => Number(await page.getByTestId('segment-size').getAttribute('data-size'));

describe.runIf(canRun)('customer models in the browser', () => {
  beforeAll(async () => {
    server = await startServer(dataDir);
    const setup = await fetch(`${server.base}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Mei', email: 'mei@example.com', password: 'models-e2e-pass-1', workspaceName: 'Tea House' }),
    });
    cookie = setup.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    await seed();
    const result = await api<RecomputeResult>('POST', '/api/v1/models/recompute');
    expect(result.rfm.scored).toBe(30);
    expect(result.nasld.contacts).toBe(34);
    if (!chromiumPath) throw new Error('Chromium is not installed: apt-get install chromium');
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    const context = await browser.newContext({ locale: 'en-US' });
    const url = new URL(server.base);
    await context.addCookies(cookie.split('; ').map((c) => ({ name: c.split('=')[0]!, value: c.slice(c.indexOf('=') + 1), domain: url.hostname, path: '/' })));
    page = await context.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the RFM grid, and opens a cell and a group as segments of the same size', async () => {
    const report = await api<RfmReport>('GET', '/api/v1/models/rfm');
    await page.goto(`${server.base}/segments/rfm`);
    await page.getByTestId('rfm-grid').waitFor({ timeout: 30_000 });
    const cells = await countsOf('[data-testid^="rfm-cell-"]');
    expect(Object.keys(cells)).toHaveLength(25);
    for (const c of report.cells) expect(cells[`rfm-cell-${c.r}-${c.f}`], `R${c.r} F${c.f}`).toBe(c.contacts);
    expect(Object.values(cells).reduce((a, b) => a + b, 0)).toBe(30);

    const fullest = [...report.cells].sort((a, b) => b.contacts - a.contacts)[0]!;
    await page.getByTestId(`rfm-cell-${fullest.r}-${fullest.f}`).click();
    await page.waitForURL(/\/segments\/[0-9a-f-]{36}/);
    const segmentId = page.url().split('/').pop()!.split('?')[0];
    await expect.poll(segmentSize, { timeout: 15_000 }).toBe(fullest.contacts);
    await page.getByText(`RFM R${fullest.r} F${fullest.f}`).first().waitFor();

    // The same cell again opens the same segment rather than a copy.
    await page.goto(`${server.base}/segments/rfm`);
    await page.getByTestId(`rfm-cell-${fullest.r}-${fullest.f}`).click();
    await page.waitForURL(new RegExp(`/segments/${segmentId}`));

    const group = [...report.groups].sort((a, b) => b.contacts - a.contacts)[0]!;
    await page.goto(`${server.base}/segments/rfm`);
    expect(await page.getByTestId(`rfm-group-${group.group}`).getAttribute('data-contacts')).toBe(String(group.contacts));
    await page.getByTestId(`rfm-group-open-${group.group}`).click();
    await page.waitForURL(/\/segments\/[0-9a-f-]{36}/);
    await expect.poll(segmentSize, { timeout: 15_000 }).toBe(group.contacts);
  }, 120_000);

  it('recomputes from the page and reports the timings', async () => {
    await page.goto(`${server.base}/segments/rfm`);
    await page.getByTestId('models-recompute').click();
    await page.getByTestId('recompute-timings').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('recompute-timings').textContent()).toContain('30 buyers scored');
  }, 60_000);

  it('shows the NASLD states, and opens one as a segment of the same size', async () => {
    const report = await api<NasldReport>('GET', '/api/v1/models/nasld');
    await page.goto(`${server.base}/segments/nasld`);
    await page.getByTestId('nasld-state-prospect').waitFor({ timeout: 30_000 });
    const states = await countsOf('[data-testid^="nasld-state-"]');
    expect(states['nasld-state-prospect']).toBe(4);
    for (const s of report.states) expect(states[`nasld-state-${s.state}`], s.state).toBe(s.contacts);
    expect(Object.values(states).reduce((a, b) => a + b, 0)).toBe(34);
    expect(await page.getByTestId('nasld-cycle').textContent()).toMatch(/\d+(\.\d)? days/);
    await page.getByTestId('nasld-distribution').locator('svg').first().waitFor();

    const busiest = [...report.states].filter((s) => s.state !== 'prospect').sort((a, b) => b.contacts - a.contacts)[0]!;
    await page.getByTestId(`nasld-state-${busiest.state}`).click();
    await page.waitForURL(/\/segments\/[0-9a-f-]{36}/);
    await expect.poll(segmentSize, { timeout: 15_000 }).toBe(busiest.contacts);
  }, 120_000);

  it('checks the NASLD multipliers, and shows the server errors of a lifecycle rule on that rule', async () => {
    await page.goto(`${server.base}/settings/models`);
    const lost = page.getByTestId('nasld-lostMultiplier');
    await lost.fill('1.5');
    await page.getByTestId('nasld-settings-save').click();
    await page.getByText('Must be more than the sleepy multiplier', { exact: true }).waitFor();

    await page.getByTestId('lifecycle-suggest').click();
    await page.getByTestId('lifecycle-rule-0-condition').click();
    await page.getByRole('option', { name: 'Custom condition (JSON)' }).click();
    await page.getByTestId('lifecycle-rule-0-json').fill('{"type":"group","combinator":"and","children":[{"type":"model","field":"nasld.nope","op":"eq","value":"D"}]}');
    await page.getByTestId('lifecycle-settings-save').click();
    // The unknown field is reported at lifecycle.rules.0.definition.children.0.field and lands on rule 1.
    await page.getByTestId('lifecycle-rule-0').getByText('Unknown field nasld.nope', { exact: true }).waitFor({ timeout: 15_000 });
    expect((await api<ModelSettings>('GET', '/api/v1/models/settings')).lifecycle.rules).toEqual([]);

    await page.getByTestId('lifecycle-rule-0-condition').click();
    await page.getByRole('option', { name: 'Deep dormant (NASLD state D)' }).click();
    await page.getByTestId('lifecycle-settings-save').click();
    await expect.poll(async () => (await api<ModelSettings>('GET', '/api/v1/models/settings')).lifecycle.rules.length, { timeout: 15_000 }).toBe(3);
  }, 90_000);

  it('lists the state changes once the limits move and the models run again', async () => {
    const { nasld } = await api<ModelSettings>('GET', '/api/v1/models/settings');
    await api('PATCH', '/api/v1/models/settings', { nasld: { ...nasld, lostMultiplier: 12, deepDormantAfterDays: 400 } });
    await page.goto(`${server.base}/segments/nasld`);
    await page.getByTestId('nasld-transitions-empty').waitFor({ timeout: 30_000 });
    await page.getByTestId('models-recompute').click();
    await page.getByTestId('nasld-transitions').waitFor({ timeout: 30_000 });
    const { transitions } = await api<NasldReport>('GET', '/api/v1/models/nasld');
    expect(transitions.length).toBeGreaterThan(0);
    expect(await page.getByTestId('nasld-transitions').locator('tbody tr').count()).toBe(transitions.length);
    expect(await page.getByTestId('nasld-transitions').textContent()).toContain('Deep dormant');
  }, 90_000);
});
