import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { setupWithSource, startServer, type ServerProcess } from './server.js';

/**
 * The web tracker in Chromium, on a shop page served from another origin than Rapport: a page
 * view with its UTM campaign, a click on a marked button, and a sign-up form that identifies the
 * visitor. All of it must land on one profile. Then Do-Not-Track and the consent switch.
 */
const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
const canRun = Boolean(chromiumPath) || Boolean(process.env.CI);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-e2e-tracker-'));
let server: ServerProcess;
let shop: http.Server;
let shopBase = '';
let browser: Browser;
let cookie = '';
let writeKey = '';

const shopPage = (key: string, extra = '') => `<!doctype html><html><head><title>Tea shop</title>
<script async src="${server.base}/t.js" data-write-key="${key}" ${extra}></script></head><body>
<button data-rapport-track="Coupon Clicked" data-rapport-prop-coupon="TEA10">Get 10% off</button>
<form data-rapport-identify onsubmit="event.preventDefault(); document.getElementById('done').textContent='thanks'">
  <input name="email" value="tea.lover@example.com"><input name="first_name" value="Mei">
  <input name="password" type="password" value="secret-never-sent"><button id="join">Join</button>
</form><p id="done"></p></body></html>`;

async function api<T>(url: string): Promise<T> {
  const res = await fetch(`${server.base}${url}`, { headers: { cookie } });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

interface Ev {
  type: string;
  name: string | null;
  contactId: string | null;
  anonymousId: string | null;
  properties: Record<string, unknown>;
  traits: Record<string, unknown> | null;
  context: Record<string, unknown>;
}
/** Evaluated in the page: the tracker has loaded and replaced the queue stub. */
const loaded = "typeof window.rapport?.track === 'function'";
const allEvents = () => api<{ data: Ev[] }>('/api/v1/events?limit=200').then((r) => r.data);

async function waitFor<T>(fn: () => Promise<T | undefined | null | false>, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const v = await fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.runIf(canRun)('the web tracker in the browser', () => {
  beforeAll(async () => {
    server = await startServer(dataDir);
    ({ writeKey, cookie } = await setupWithSource(server.base, 'tracker@example.com'));
    shop = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(shopPage(url.searchParams.get('key') ?? writeKey, url.searchParams.get('extra') ?? ''));
    });
    await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve));
    shopBase = `http://127.0.0.1:${(shop.address() as AddressInfo).port}`;
    if (!chromiumPath) throw new Error('Chromium is not installed: apt-get install chromium');
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    shop?.close();
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('is small: under 10 KB gzipped', async () => {
    const res = await fetch(`${server.base}/t.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    // content-length counts the bytes on the wire, compressed.
    const gz = Number(res.headers.get('content-length'));
    expect(gz).toBeGreaterThan(1000);
    expect(gz).toBeLessThan(10 * 1024);
  });

  it('sends a page view with UTM, a marked click and a form identify, all onto one profile', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${shopBase}/tea?utm_source=line&utm_medium=social&utm_campaign=spring`, { referer: 'https://www.google.com/' });
    await page.waitForFunction(loaded);
    await page.click('text=Get 10% off');
    await page.click('#join');
    await page.waitForSelector('text=thanks');
    // Leaving the page hands anything still queued to sendBeacon.
    await page.goto('about:blank');
    await context.close();

    const events = await waitFor(async () => {
      const evs = await allEvents();
      return evs.length >= 3 && evs.every((e) => e.contactId) ? evs : undefined;
    }, 'three events on a profile');
    expect(new Set(events.map((e) => e.contactId)).size).toBe(1);
    expect(new Set(events.map((e) => e.anonymousId)).size).toBe(1);
    const view = events.find((e) => e.type === 'page')!;
    expect(view.properties).toMatchObject({ path: '/tea', title: 'Tea shop', referrer: 'https://www.google.com/' });
    expect(view.context).toMatchObject({ campaign: { source: 'line', medium: 'social', name: 'spring' }, library: { name: 'rapport.js' } });
    expect(events.find((e) => e.name === 'Coupon Clicked')!.properties).toMatchObject({ coupon: 'TEA10', text: 'Get 10% off' });
    const identify = events.find((e) => e.type === 'identify')!;
    expect(identify.traits).toEqual({ email: 'tea.lover@example.com', first_name: 'Mei' });
    const contact = await api<{ email: string; firstName: string }>(`/api/v1/contacts/${identify.contactId}`);
    expect(contact).toMatchObject({ email: 'tea.lover@example.com', firstName: 'Mei' });
  });

  it('shows the source with its snippet and last event, and the event catalogue, in the app', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    await context.addCookies(
      cookie.split('; ').map((c) => {
        const [name, ...value] = c.split('=');
        return { name: name!, value: value.join('='), url: server.base };
      }),
    );
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.base}/settings/sources`);
    await page.waitForSelector(`text=${writeKey}`);
    // The source has sent events, so its last event shows as a time, not "No events yet".
    expect(await page.locator('text=No events yet').count()).toBe(0);
    await page.click('text=Install');
    // A server source gets the analytics-node snippet with its key (web sources get the script tag).
    const dialogHas = (text: string) => `document.querySelector('[role=dialog]')?.innerText.includes(${JSON.stringify(text)})`;
    await page.waitForFunction(`${dialogHas(writeKey)} && ${dialogHas('@segment/analytics-node')}`);
    await page.goto(`${server.base}/events`);
    await page.waitForSelector('text=Coupon Clicked');
    await context.close();
  });

  it('sends nothing under Do-Not-Track, nor before consent when the page asks for it', async () => {
    const before = (await allEvents()).length;
    const dnt = await browser.newContext({ extraHTTPHeaders: { DNT: '1' } });
    const p1 = await dnt.newPage();
    await p1.addInitScript("Object.defineProperty(navigator, 'doNotTrack', { get: () => '1' })");
    await p1.goto(`${shopBase}/dnt`);
    await p1.waitForFunction(loaded);
    await p1.click('text=Get 10% off');
    await p1.goto('about:blank');
    await dnt.close();

    const gated = await browser.newContext();
    const p2 = await gated.newPage();
    await p2.goto(`${shopBase}/consent?extra=data-require-consent`);
    await p2.waitForFunction(loaded);
    await p2.click('text=Get 10% off');
    await p2.evaluate('window.rapport.consent(true)');
    await p2.evaluate("window.rapport.track('Consented')");
    await waitFor(async () => (await allEvents()).some((e) => e.name === 'Consented'), 'the event after consent');
    await gated.close();
    const after = await allEvents();
    // Only the event sent after consent arrived: no page view or click from either page.
    expect(after.length - before).toBe(1);
  });
});
