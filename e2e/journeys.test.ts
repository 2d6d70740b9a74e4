import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { apiAs, chromiumPath, setupWithSource, startServer, type ServerProcess } from './server.js';

/**
 * The journey canvas in a real browser: an abandoned-checkout journey is drawn from scratch (an
 * event trigger, a wait for Order Completed with a timeout, a send of an email template made
 * through the API, an exit), one link dragged between handles and one chosen in the step panel;
 * the server's refusal of an unreachable step shows on that node; once fixed it is saved,
 * published, and comes back the same after a reload. Editing it live warns of the new version.
 * Then a journey is made from a recipe, and contacts are enrolled by hand in a manual one.
 */
const canRun = Boolean(chromiumPath) || Boolean(process.env.CI);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-e2e-journeys-'));
let server: ServerProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let cookie = '';
let templateId = '';

const api = apiAs(() => server, () => cookie);

const node = (id: string) => page.locator(`[data-testid=journey-node][data-step-id="${id}"]`);
const edge = (source: string, field: string) => page.locator(`[data-testid="rf__edge-${source}>${field}"]`);
const palette = (item: string) => page.locator(`[data-testid=palette-item][data-item="${item}"]`);
/** Picks an option of a Mantine select by its input's test id. */
/**
 * Opens a step menu with `opener` and picks `item`. The canvas re-renders after each edit (layout,
 * fit to view), and a click landing mid-render can leave the menu shut: try again then.
 */
async function pick(opener: () => Promise<void>, item: string) {
  const entry = page.locator(`[data-testid=step-menu-item][data-item="${item}"]`);
  for (let attempt = 0; ; attempt++) {
    await opener();
    try {
      await entry.click({ timeout: 3_000 });
      return;
    } catch (e) {
      if (attempt >= 4) throw e;
      await page.keyboard.press('Escape');
    }
  }
}

async function choose(select: string, option: string | RegExp) {
  await page.locator(select).click();
  await page.getByRole('option', { name: option }).click();
}
/** The centre of an element on the page. */
async function centre(selector: string) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
/** Drags from one handle to another, as a user connects two steps on the canvas. */
async function dragConnect(from: string, to: string) {
  const a = await centre(from);
  const b = await centre(to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 8 });
  await page.mouse.move(b.x, b.y, { steps: 8 });
  await page.mouse.up();
}
/** Where each node sits on the canvas (its transform within the viewport). */
const positions = () =>
  page.locator('.react-flow__node').evaluateAll((nodes) => Object.fromEntries(nodes.map((n) => [n.getAttribute('data-id'), /transform:\s*([^;]+)/.exec(n.getAttribute('style') ?? '')?.[1]])));

describe.runIf(canRun)('the journey canvas in the browser', () => {
  beforeAll(async () => {
    server = await startServer(dataDir);
    ({ cookie } = await setupWithSource(server.base, 'journeys@example.com'));
    const template = await api<{ id: string }>('POST', '/api/v1/message-templates', {
      name: 'Cart reminder',
      content: { channel: 'email', subject: 'You left something behind', mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>Hi {{ contact.firstName }}</mj-text></mj-column></mj-section></mj-body></mjml>' },
    });
    templateId = template.id;
    await api('POST', '/api/v1/contacts', { firstName: 'Mei', lastName: 'Lin', email: 'mei@example.com' });
    if (!chromiumPath) throw new Error('Chromium is not installed: apt-get install chromium');
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    // The canvas needs room: xyflow measures its container and its nodes.
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1600, height: 1200 } });
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

  it('draws a journey, shows the server’s refusal at its node, saves, publishes, and reloads the same graph', async () => {
    await page.goto(`${server.base}/journeys`);
    await page.getByTestId('new-journey').click();
    await page.getByTestId('new-journey-blank').click();
    await page.waitForURL(/\/journeys\/new$/);
    await page.getByTestId('journey-canvas').waitFor();
    await page.getByTestId('journey-name').fill('Abandoned checkout');

    // The trigger: nothing is selected, so the panel shows the journey's settings.
    await page.getByTestId('trigger-event').fill('Checkout Started');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('trigger-summary').textContent()).toBe('Performed Checkout Started');

    // The first step becomes the start; wait for Order Completed, at most 3 days.
    await palette('wait_for').click();
    await node('wait_for_1').waitFor();
    expect(await node('wait_for_1').getAttribute('data-start')).toBe('true');
    await expect.poll(() => edge('@trigger', 'start').count()).toBe(1);
    await page.getByTestId('wait-for-event').fill('Order Completed');
    await page.keyboard.press('Escape');
    await page.getByTestId('wait-for-timeout').fill('3');
    await expect.poll(() => node('wait_for_1').getByTestId('node-summary').textContent()).toBe('Until Order Completed, at most 3 days');

    // A send, added with nothing selected: it stands alone until linked.
    await page.getByTestId('panel-settings').click();
    await palette('action:send').click();
    await node('action_2').waitFor();
    await choose('[data-testid=action-template]', 'Cart reminder · Email');
    await expect.poll(() => node('action_2').getByTestId('node-summary').textContent()).toBe('Send Cart reminder');
    // Linked by dragging from the wait's "Timed out" handle to the send.
    await expect.poll(() => node('action_2').getByTestId('node-warning').count()).toBe(1);
    await dragConnect(
      '[data-testid=journey-node][data-step-id=wait_for_1] [data-testid=handle-out][data-field=onTimeout]',
      '[data-testid=journey-node][data-step-id=action_2] [data-testid=handle-in]',
    );
    await expect.poll(() => edge('wait_for_1', 'onTimeout').count()).toBe(1);
    await expect.poll(() => node('action_2').getByTestId('node-warning').count()).toBe(0);

    // An exit nothing leads to: the canvas warns, and the server refuses it at that node.
    await page.getByTestId('panel-settings').click();
    await palette('exit').click();
    await node('exit_3').waitFor();
    await expect.poll(() => node('exit_3').getByTestId('node-warning').count()).toBe(1);
    await page.getByTestId('journey-save').click();
    await expect.poll(() => node('exit_3').getByTestId('node-error').count()).toBe(1);
    expect(await node('wait_for_1').getByTestId('node-error').count()).toBe(0);
    expect(await node('action_2').getByTestId('node-error').count()).toBe(0);
    expect(page.url()).toMatch(/\/journeys\/new$/);
    await node('exit_3').click();
    await expect.poll(() => page.getByTestId('step-error').textContent()).toContain('cannot be reached');

    // Linked from the send through the panel's list, the keyboard's way to connect.
    await node('action_2').click();
    await choose('[data-testid=connect-select][data-field=next]', 'Exit (exit_3)');
    await expect.poll(() => edge('action_2', 'next').count()).toBe(1);
    await expect.poll(() => node('exit_3').getByTestId('node-error').count()).toBe(0);
    expect(await node('exit_3').getByTestId('node-warning').count()).toBe(0);

    await page.getByTestId('journey-save').click();
    await page.waitForURL(/\/journeys\/[0-9a-f-]{36}$/);
    const journeyId = page.url().split('/').pop()!;
    await expect.poll(() => page.getByTestId('journey-status').getAttribute('data-status')).toBe('draft');
    expect(await page.getByTestId('journey-version').getAttribute('data-version')).toBe('1');
    await page.getByTestId('journey-publish').click();
    await expect.poll(() => page.getByTestId('journey-status').getAttribute('data-status')).toBe('live');

    const saved = await api<{ status: string; definition: { start: string; steps: Record<string, unknown>[]; layout: Record<string, unknown>; trigger: unknown } }>('GET', `/api/v1/journeys/${journeyId}`);
    expect(saved.status).toBe('live');
    expect(saved.definition.trigger).toEqual({ type: 'event', event: 'Checkout Started', where: [] });
    expect(saved.definition.start).toBe('wait_for_1');
    expect(saved.definition.steps).toEqual([
      { id: 'wait_for_1', type: 'wait_for', until: { kind: 'event', event: 'Order Completed', where: [] }, timeoutMinutes: 4320, onTimeout: 'action_2' },
      { id: 'action_2', type: 'action', action: { kind: 'send', templateId, purpose: 'marketing' }, next: 'exit_3' },
      { id: 'exit_3', type: 'exit' },
    ]);
    expect(Object.keys(saved.definition.layout).sort()).toEqual(['action_2', 'exit_3', 'wait_for_1']);

    // After a reload: the same nodes, links and places.
    const before = await positions();
    await page.reload();
    await node('exit_3').waitFor();
    await expect.poll(() => page.getByTestId('journey-node').count()).toBe(3);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(3);
    for (const [source, field] of [['@trigger', 'start'], ['wait_for_1', 'onTimeout'], ['action_2', 'next']] as const) expect(await edge(source, field).count()).toBe(1);
    expect(await page.getByTestId('trigger-summary').textContent()).toBe('Performed Checkout Started');
    expect(await positions()).toEqual(before);

    // A live journey shows its figures per step, and editing it warns that saving makes version 2.
    await expect.poll(() => page.getByTestId('node-stats').count()).toBe(3);
    expect(await node('action_2').getByTestId('node-stats').getAttribute('data-entered')).toBe('0');
    expect(await page.getByTestId('live-warning').count()).toBe(0);
    await node('wait_for_1').click();
    await page.getByTestId('wait-for-timeout').fill('2');
    await expect.poll(() => page.getByTestId('live-warning').textContent()).toContain('Saving makes version 2');
    await page.getByTestId('journey-save').click();
    await expect.poll(() => page.getByTestId('journey-version').getAttribute('data-version')).toBe('2');
    expect(await page.getByTestId('live-warning').count()).toBe(0);
    expect(await page.getByTestId('journey-status').getAttribute('data-status')).toBe('live');
  }, 180_000);

  it('makes a draft from a recipe, and enrols contacts by hand in a manual journey', async () => {
    await page.goto(`${server.base}/journeys`);
    await expect.poll(() => page.getByTestId('journey-row').count()).toBe(1);
    await page.getByTestId('new-journey').click();
    await page.getByTestId('new-journey-recipe').click();
    await page.locator('[data-testid=recipe-card][data-key=welcome_series]').getByTestId('recipe-use').click();
    await page.getByTestId('recipe-name').fill('Welcome to the shop');
    await page.getByTestId('recipe-create').click();
    await page.waitForURL(/\/journeys\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('journey-name').inputValue()).toBe('Welcome to the shop');
    // Stored without positions, it is laid out on the canvas: every step, nothing on top of another.
    await expect.poll(() => page.getByTestId('journey-node').count()).toBe(4);
    expect(new Set(Object.values(await positions())).size).toBe(5);
    expect(await page.getByTestId('journey-status').getAttribute('data-status')).toBe('draft');
    // A step put on a link with its "+", and one hung from an output that led nowhere.
    await pick(() => page.locator('[data-testid=edge-insert][data-edge-id="welcome>next"]').click(), 'action:add_tag');
    await node('action_5').waitFor();
    await expect.poll(() => edge('welcome', 'next').count()).toBe(1);
    expect(await edge('action_5', 'next').count()).toBe(1);
    await pick(() => node('ordered').locator('[data-testid=output-append][data-field=yes]').click(), 'exit');
    await node('exit_6').waitFor();
    await expect.poll(() => edge('ordered', 'yes').count()).toBe(1);
    await node('action_5').click();
    await page.getByTestId('action-tag').fill('new-member');
    await page.getByTestId('journey-save').click();
    await expect.poll(() => page.getByTestId('unsaved').count()).toBe(0);
    const recipe = await api<{ definition: { steps: { id: string; next?: string; yes?: string }[] } }>('GET', `/api/v1/journeys/${page.url().split('/').pop()}`);
    expect(recipe.definition.steps.find((s) => s.id === 'welcome')?.next).toBe('action_5');
    expect(recipe.definition.steps.find((s) => s.id === 'action_5')?.next).toBe('wait');
    expect(recipe.definition.steps.find((s) => s.id === 'ordered')?.yes).toBe('exit_6');

    // A manual journey, live, takes contacts picked in a dialog; they show among its contacts.
    const manual = await api<{ id: string }>('POST', '/api/v1/journeys', {
      name: 'VIP hand-picked',
      definition: { trigger: { type: 'manual' }, start: 'tag', steps: [{ id: 'tag', type: 'action', action: { kind: 'add_tag', tag: 'vip' } }], reentry: { kind: 'never' } },
    });
    await api('POST', `/api/v1/journeys/${manual.id}/publish`);
    await page.goto(`${server.base}/journeys/${manual.id}`);
    await page.getByTestId('journey-enrol').click();
    await page.getByTestId('enrol-contacts').fill('Mei');
    await page.getByRole('option', { name: 'Mei Lin · mei@example.com' }).click();
    // The list stays open for more; a click beside it closes it.
    await page.getByTestId('enrol-hint').click();
    await page.getByTestId('enrol-submit').click();
    await page.getByText('1 contact enrolled').waitFor();
    await page.getByTestId('journey-runs').click();
    await expect.poll(() => page.getByTestId('run-row').count(), { timeout: 10_000 }).toBe(1);
  }, 120_000);
});
