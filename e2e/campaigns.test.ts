import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Campaign, CampaignResults } from '@rapport/contracts';
import { apiAs, chromiumPath, setupWithSource, startServer, type ServerProcess } from './server.js';

/**
 * Campaigns and coupons in a real browser. Thirty contacts with email consent in a static list
 * and two email templates are made through the API; in the browser an A/B campaign with a
 * holdout is written (an incomplete draft and a moment in the past are refused at their fields,
 * the first by the contract's checks, the second by the server), scheduled after the
 * confirmation names its audience, and followed by the page's polling until the test has gone
 * out: the results table shows what the server counted for each variant, with the holdout
 * comparison beside it. The workers of `rapport start` do the sending, into the outbox. A
 * campaign without a test is followed until it is sent, its skipped contact shown with the reason.
 * Then a generated coupon pool is created and listed, and codes are uploaded to another pool,
 * where the ones refused show with their reasons; the first pool is renamed and archived, which
 * moves it from the pools in use to the archived ones, and brought back. Last, the messaging settings are saved, with a
 * write-only secret that shows only as saved afterwards.
 */
const canRun = Boolean(chromiumPath) || Boolean(process.env.CI);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-e2e-campaigns-'));
const contacts = 30;
let server: ServerProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let cookie = '';

const api = apiAs(() => server, () => cookie);

const mjml = (body: string) => `<mjml><mj-body><mj-section><mj-column><mj-text>${body}</mj-text></mj-column></mj-section></mj-body></mjml>`;
/** A field of the editor by the request path the server names in its errors. */
const field = (p: string) => page.locator(`[data-path="${p}"]`);
const fieldError = (p: string) => field(p).getByTestId('field-error').first();
const text = async (testId: string) => (await page.getByTestId(testId).first().textContent()) ?? '';
/** Picks an option of a Mantine select or multi-select. */
async function choose(input: ReturnType<Page['locator']>, option: string) {
  await input.click();
  await page.getByRole('option', { name: option }).click();
}
// The page re-reads a running campaign every 3 s, and the workers poll every 2 s.
const slow = { timeout: 60_000, intervals: [500] };

describe.runIf(canRun)('campaigns and coupons in the browser', () => {
  beforeAll(async () => {
    delete process.env.RAPPORT_SMTP_URL;
    server = await startServer(dataDir);
    ({ cookie } = await setupWithSource(server.base, 'campaigns@example.com'));
    const items = Array.from({ length: contacts }, (_, i) => ({ firstName: `Buyer${i}`, email: `buyer${i}@campaign.example` }));
    const { results } = await api<{ results: { id: string }[] }>('POST', '/api/v1/contacts/batch', { operation: 'create', items });
    const ids = results.map((r) => r.id);
    await Promise.all(ids.map((id) => api('POST', `/api/v1/contacts/${id}/consents`, { channel: 'email', status: 'subscribed' })));
    const list = await api<{ id: string }>('POST', '/api/v1/segments', { name: 'Spring list', kind: 'static' });
    await api('POST', `/api/v1/segments/${list.id}/members`, { contactIds: ids });
    await api('POST', '/api/v1/message-templates', { name: 'Spring A', content: { channel: 'email', subject: 'Spring is here', mjml: mjml('Hi {{ contact.firstName }}') } });
    await api('POST', '/api/v1/message-templates', { name: 'Spring B', content: { channel: 'email', subject: '20% off this spring', mjml: mjml('Hello {{ contact.firstName }}') } });
    if (!chromiumPath) throw new Error('Chromium is not installed: apt-get install chromium');
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1500, height: 1100 } });
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

  it('writes an A/B campaign with a holdout, schedules it, and shows what each variant sent', async () => {
    await page.goto(`${server.base}/campaigns`);
    await page.getByTestId('new-campaign').click();
    await page.waitForURL(/\/campaigns\/new$/);

    // Scheduling an empty draft is refused before any request, each complaint at its field.
    await page.getByTestId('campaign-schedule').click();
    await expect.poll(() => fieldError('name').textContent()).toBeTruthy();
    expect(await fieldError('audience.include').textContent()).toBe('Pick at least one segment.');
    expect(await fieldError('variants.0.templateId').textContent()).toBe('Pick a template for this variant.');
    expect(await page.getByTestId('schedule-dialog').count()).toBe(0);

    await page.getByTestId('campaign-name').fill('Spring sale');
    // A draft saves half-done, with no segment or template yet, and gets its own address.
    await page.getByTestId('campaign-save').click();
    await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;
    expect(await api<Campaign>('GET', `/api/v1/campaigns/${id}`)).toMatchObject({ status: 'draft', name: 'Spring sale', audience: { include: [] }, variants: [{ key: 'A', templateId: null }] });
    await choose(page.getByTestId('audience-include'), 'Spring list');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('audience-reach').getAttribute('data-reach')).toBe(String(contacts));
    // The server's estimate: the list's contacts, and those subscribed to email.
    await expect.poll(() => page.getByTestId('audience-estimate').getAttribute('data-contacts')).toBe(String(contacts));
    const { subscribed } = await api<{ subscribed: number }>('POST', '/api/v1/campaigns/audience-estimate', { audience: { include: [(await api<{ data: { id: string; name: string }[] }>('GET', '/api/v1/segments')).data.find((x) => x.name === 'Spring list')!.id] } });
    expect(await page.getByTestId('audience-estimate').getAttribute('data-subscribed')).toBe(String(subscribed));
    await choose(page.getByTestId('variant-template').nth(0), 'Spring A');
    await page.getByTestId('add-variant').click();
    await choose(page.getByTestId('variant-template').nth(1), 'Spring B');
    // Typing a name clears its complaint; the others went when their fields were filled.
    expect(await field('name').getByTestId('field-error').count()).toBe(0);
    expect(await field('variants.1.templateId').getByTestId('field-error').count()).toBe(0);
    await expect.poll(() => page.getByTestId('variant-share').allTextContents()).toEqual(['50%', '50%']);

    // Mantine draws its own switch over the checkbox input.
    await page.getByTestId('ab-test').check({ force: true });
    await page.getByTestId('test-percent').fill('50');
    await page.getByTestId('holdout-percent').fill('10');
    await expect.poll(() => page.getByTestId('audience-split').textContent()).toBe('10%50%40%');

    // A moment already past passes the form's checks; the server refuses it, at that field.
    await page.getByTestId('schedule-kind').getByText('At a set time').click();
    await page.getByTestId('schedule-at').fill('2020-01-01T09:00');
    await page.getByTestId('campaign-save').click();
    await expect.poll(() => fieldError('schedule.at').textContent()).toBe('That moment has passed');
    await page.getByTestId('schedule-kind').getByText('Now', { exact: true }).click();
    await page.getByTestId('campaign-save').click();
    await expect.poll(async () => (await api<Campaign>('GET', `/api/v1/campaigns/${id}`)).holdoutPercent).toBe(10);
    const draft = await api<Campaign>('GET', `/api/v1/campaigns/${id}`);
    expect(draft).toMatchObject({ status: 'draft', holdoutPercent: 10, abTest: { testPercent: 50, metric: 'open', waitHours: 4 }, schedule: { kind: 'now' } });
    expect(draft.variants.map((v) => v.key)).toEqual(['A', 'B']);

    // The confirmation says to whom and when; confirming launches it.
    await page.getByTestId('campaign-schedule').click();
    expect(await text('confirm-audience')).toBe(`To Spring list: up to ${contacts} contacts today.`);
    expect(await text('confirm-split')).toContain('10% are held back');
    expect(await text('confirm-timing')).toBe('Right away.');
    await page.getByTestId('schedule-confirm').click();

    // The page follows the campaign until the test pool has been sent.
    await expect.poll(() => page.getByTestId('campaign-status').getAttribute('data-status'), slow).toBe('testing');
    const sentIn = async (variant: string) => Number(await page.getByTestId(`result-sent-${variant}`).getAttribute('data-value'));
    await expect.poll(async () => (await sentIn('A')) + (await sentIn('B')) > 0 && (await page.getByTestId('result-queued-A').getAttribute('data-value')) === '0' && (await page.getByTestId('result-queued-B').getAttribute('data-value')) === '0', slow).toBe(true);
    const results = await api<CampaignResults>('GET', `/api/v1/campaigns/${id}/results`);
    const byKey = Object.fromEntries(results.variants.map((v) => [v.variant, v]));
    expect(await sentIn('A')).toBe(byKey.A!.sent);
    expect(await sentIn('B')).toBe(byKey.B!.sent);
    expect(byKey.A!.sent + byKey.B!.sent).toBeGreaterThan(0);
    expect(byKey.A!.sent + byKey.B!.sent).toBeLessThan(contacts);
    // Nothing opened yet: no rate differs from A's, so no significance is claimed.
    expect(await page.getByTestId('significance').count()).toBe(0);
    expect(await text('result-opened-B')).toContain('0.0%');

    const holdout = results.holdout!;
    expect(holdout.contacts + holdout.treatedContacts).toBe(contacts);
    expect(await text('holdout-holdout')).toContain(`0 of ${holdout.contacts} bought`);
    expect(await text('holdout-treated')).toContain(`0 of ${holdout.treatedContacts} bought`);
    expect(await page.locator('[data-testid=timeline-step][data-step=testEnds]').getAttribute('data-state')).toBe('current');
    expect(await page.locator('[data-testid=timeline-step][data-step=launched]').getAttribute('data-state')).toBe('done');
    await expect.poll(() => page.getByTestId('campaign-message').count()).toBe(byKey.A!.sent + byKey.B!.sent);

    // The list shows it testing, with its whole audience counted.
    await page.getByTestId('back').click();
    await page.waitForURL(/\/campaigns$/);
    const row = page.locator(`[data-testid=campaign-row][data-campaign="${id}"]`);
    expect(await row.getByTestId('campaign-status').getAttribute('data-status')).toBe('testing');
    expect(await row.getByTestId('campaign-audience').textContent()).toBe(String(contacts));
    await page.getByTestId('status-filter').getByText('Draft').click();
    await expect.poll(() => page.getByTestId('campaign-row').count()).toBe(0);
    await page.getByTestId('status-filter').getByText('Testing').click();
    await expect.poll(() => page.getByTestId('campaign-row').count()).toBe(1);

    // Ending the test early sends the chosen variant to the rest, without the 4-hour wait.
    await page.goto(`${server.base}/campaigns/${id}`);
    await page.getByTestId('end-test').click();
    await page.getByTestId('end-test-B').click();
    await expect.poll(() => page.getByTestId('campaign-status').getAttribute('data-status'), slow).toBe('sent');
    expect(await api<Campaign>('GET', `/api/v1/campaigns/${id}`)).toMatchObject({ status: 'sent', winner: 'B' });
    expect(await page.getByTestId('end-test').count()).toBe(0);
  }, 180_000);

  it('follows a campaign without a test until it is sent, and says why a contact was skipped', async () => {
    const list = (await api<{ data: { id: string; name: string }[] }>('GET', '/api/v1/segments')).data.find((s) => s.name === 'Spring list')!;
    const silent = await api<{ id: string }>('POST', '/api/v1/contacts', { firstName: 'Quiet', email: 'quiet@campaign.example' });
    await api('POST', `/api/v1/segments/${list.id}/members`, { contactIds: [silent.id] });
    const template = (await api<{ data: { id: string; name: string }[] }>('GET', '/api/v1/message-templates')).data.find((t) => t.name === 'Spring A')!;
    const campaign = await api<Campaign>('POST', '/api/v1/campaigns', { name: 'Last call', audience: { include: [list.id] }, variants: [{ key: 'A', templateId: template.id }] });
    await api('POST', `/api/v1/campaigns/${campaign.id}/schedule`);

    await page.goto(`${server.base}/campaigns/${campaign.id}`);
    await expect.poll(() => page.getByTestId('campaign-status').getAttribute('data-status'), slow).toBe('sent');
    await expect.poll(() => page.getByTestId('result-sent-A').getAttribute('data-value'), slow).toBe(String(contacts));
    await expect.poll(() => page.getByTestId('result-skipped-A').getAttribute('data-value'), slow).toBe('1');
    expect(await page.locator('[data-testid=timeline-step][data-step=sent]').getAttribute('data-state')).toBe('done');
    expect(await page.locator('[data-testid=timeline-step][data-step=testEnds]').count()).toBe(0);
    // Sent, with nothing left waiting: nothing to cancel.
    expect(await page.getByTestId('campaign-cancel').count()).toBe(0);
    await page.getByTestId('messages-status').getByText('Skipped').click();
    await expect.poll(() => page.getByTestId('campaign-message').count()).toBe(1);
    expect(await text('message-reason')).toMatch(/^No consent for this channel/);
  }, 120_000);

  it('creates a generated coupon pool and lists it; an upload shows each refused code with its reason', async () => {
    await page.goto(`${server.base}/messages/coupons`);
    await page.getByTestId('new-pool').click();
    // A generated pool needs its prefix.
    await page.getByTestId('pool-form-name').fill('Welcome 10%');
    await page.getByTestId('pool-form-save').click();
    await expect.poll(() => page.getByTestId('pool-form').getByText('Generated codes need a prefix.').count()).toBe(1);
    await page.getByTestId('pool-form-prefix').fill('WELCOME');
    await page.getByTestId('pool-form-save').click();
    await page.getByTestId('pool-form').waitFor({ state: 'hidden' });
    const row = page.getByTestId('pool-row');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByTestId('pool-name').textContent()).toBe('Welcome 10%');
    expect(await row.getByTestId('pool-kind').getAttribute('data-kind')).toBe('generated');
    expect(await row.textContent()).toContain('10% off');
    expect(await row.textContent()).toContain('30 days from issue');
    const pools = await api<{ data: { name: string; prefix: string; validDays: number }[] }>('GET', '/api/v1/coupon-pools');
    expect(pools.data).toMatchObject([{ name: 'Welcome 10%', prefix: 'WELCOME', validDays: 30 }]);

    // A pool of uploaded codes: a duplicate, a code too short and one already stored are refused.
    const uploaded = await api<{ id: string }>('POST', '/api/v1/coupon-pools', { name: 'Partners', kind: 'uploaded', valueType: 'amount', value: 100 });
    await api('POST', `/api/v1/coupon-pools/${uploaded.id}/codes`, { codes: ['TAKEN-1'] });
    await page.goto(`${server.base}/messages/coupons/${uploaded.id}`);
    await page.getByTestId('upload-codes-text').fill('code\nPART-001\nPART-002\nPART-001\nab\nTAKEN-1');
    await page.getByTestId('upload-codes').click();
    await expect.poll(() => page.getByTestId('upload-result').getAttribute('data-added')).toBe('2');
    expect(await page.getByTestId('upload-result').getAttribute('data-rejected')).toBe('3');
    const refused = await page.getByTestId('rejected-code').allTextContents();
    // Each at its line of the text, counting the header line that was left out.
    expect(refused).toEqual(['4PART-001listed twice in this upload', '5ab3 to 64 letters, digits, - or _', '6TAKEN-1this code already exists in the workspace']);
    await expect.poll(() => page.getByTestId('code-row').count()).toBe(3);
    await expect.poll(() => text('pool-codes')).toBe('3');
  }, 120_000);

  it('renames a coupon pool and archives it: it leaves the pools in use and shows under the archived ones', async () => {
    await page.goto(`${server.base}/messages/coupons`);
    await page.getByTestId('pool-row').filter({ hasText: 'Welcome 10%' }).getByTestId('pool-name').click();
    await page.getByTestId('pool-edit').click();
    await page.getByTestId('pool-edit-form').getByTestId('pool-form-name').fill('Welcome back');
    await page.getByTestId('pool-edit-save').click();
    await page.getByTestId('pool-edit-form').waitFor({ state: 'hidden' });
    await expect.poll(() => text('pool-title')).toBe('Welcome back');

    await page.getByTestId('pool-archive').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Archive', exact: true }).click();
    await page.getByTestId('pool-archived').waitFor();
    await page.getByTestId('back').click();
    const names = () => page.getByTestId('pool-name').allTextContents();
    await expect.poll(names).toEqual(['Partners']);
    await page.getByTestId('pools-show-archived').getByText('Archived').click();
    await expect.poll(names).toEqual(['Welcome back']);
    // The edit changed the name alone: the prefix and the validity are as they were.
    const archived = await api<{ data: { name: string; prefix: string; validDays: number; archivedAt: string | null }[] }>('GET', '/api/v1/coupon-pools?archived=true');
    expect(archived.data).toMatchObject([{ name: 'Welcome back', prefix: 'WELCOME', validDays: 30 }]);
    expect(archived.data[0]!.archivedAt).not.toBeNull();

    await page.getByTestId('pool-name').click();
    await page.getByTestId('pool-unarchive').click();
    await page.getByTestId('pool-archived').waitFor({ state: 'detached' });
    await page.getByTestId('back').click();
    await expect.poll(names).toEqual(['Partners', 'Welcome back']);
  }, 120_000);

  it('saves the messaging settings; a secret is write-only and shows only as saved', async () => {
    await page.goto(`${server.base}/messages`);
    await page.getByTestId('messages-tab-settings').click();
    await page.waitForURL(/\/messages\/settings$/);
    const { webhookSecret } = await api<{ webhookSecret: string }>('GET', '/api/v1/messaging/settings');
    expect(await page.getByTestId('settings-webhook-secret').locator('input').inputValue()).toBe(webhookSecret);

    await page.getByTestId('settings-cap-on').check({ force: true });
    await page.getByTestId('settings-cap-count').fill('2');
    await page.getByTestId('settings-cap-days').fill('7');
    await page.getByTestId('settings-line-on').check({ force: true });
    // LINE needs its token the first time; the form asks before sending.
    await page.getByTestId('settings-save').click();
    await expect.poll(() => page.getByText('Enter it: none is saved yet.').count()).toBe(1);
    await page.getByTestId('settings-line-token').fill('line-channel-token-123');
    await page.getByTestId('settings-save').click();
    await expect.poll(async () => (await api<{ frequencyCap: unknown; line: unknown }>('GET', '/api/v1/messaging/settings')).frequencyCap).toEqual({ count: 2, days: 7 });
    expect((await api<{ line: unknown }>('GET', '/api/v1/messaging/settings')).line).toEqual({ hasToken: true, baseUrl: null });

    await page.reload();
    const token = page.getByTestId('settings-line-token');
    expect(await token.inputValue()).toBe('');
    expect(await token.getAttribute('placeholder')).toBe('Saved — leave empty to keep');
    expect(await page.getByTestId('settings-cap-count').inputValue()).toBe('2');

    // Rotating asks first, then shows the new secret; the old one no longer signs.
    await page.getByTestId('settings-webhook-rotate').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Rotate secret' }).click();
    await expect.poll(() => page.getByTestId('settings-webhook-secret').locator('input').inputValue()).not.toBe(webhookSecret);
    const rotated = (await api<{ webhookSecret: string }>('GET', '/api/v1/messaging/settings')).webhookSecret;
    expect(rotated).not.toBe(webhookSecret);
    expect(await page.getByTestId('settings-webhook-secret').locator('input').inputValue()).toBe(rotated);
  }, 60_000);
});
