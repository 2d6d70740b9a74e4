import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { apiAs, chromiumPath, setupWithSource, startServer, type ServerProcess } from './server.js';

/**
 * Message templates in a real browser: an email template is written with a Liquid variable and
 * previewed live as a contact made through the API; Liquid errors show at their fields; saving
 * twice makes version 2 in the history; a test send lands in the outbox (no SMTP server here),
 * where the rendered message opens.
 */
const canRun = Boolean(chromiumPath) || Boolean(process.env.CI);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-e2e-messaging-'));
let server: ServerProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let cookie = '';

const api = apiAs(() => server, () => cookie);

const mjml = (body: string) => `<mjml><mj-body><mj-section><mj-column><mj-text>${body}</mj-text></mj-column></mj-section></mj-body></mjml>`;
/** A field of the editor by its draft path, as the server names it in errors. */
const field = (p: string) => page.locator(`[data-path="${p}"]`);
const fieldError = (p: string) => field(p).getByTestId('field-error');
const text = async (testId: string) => (await page.getByTestId(testId).textContent()) ?? '';
/** Chooses whom the preview renders for, by searching as a user would. */
async function previewAs(search: string, option: string) {
  const picker = page.getByTestId('preview-contact');
  await picker.click();
  await picker.fill(search);
  await page.getByRole('option', { name: option }).click();
}
// The preview waits 400 ms for typing to stop, then asks the server: more than poll's default second.
const slow = { timeout: 10_000 };

describe.runIf(canRun)('message templates in the browser', () => {
  beforeAll(async () => {
    // Mail stays in the outbox only without an SMTP server.
    delete process.env.RAPPORT_SMTP_URL;
    server = await startServer(dataDir);
    ({ cookie } = await setupWithSource(server.base, 'messaging@example.com'));
    await api('POST', '/api/v1/contacts', { firstName: 'Mei', lastName: 'Lin', email: 'mei@example.com', locale: 'en' });
    await api('POST', '/api/v1/contacts', { firstName: 'Ken', lastName: 'Sato', email: 'ken@example.com' });
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

  it('writes an email template with a live preview, shows Liquid errors at their field, versions it and test-sends it to the outbox', async () => {
    await page.goto(`${server.base}/messages`);
    await page.waitForURL(/\/messages\/templates$/);
    await page.getByTestId('new-template').click();
    await page.locator('[data-testid=new-template-channel][data-channel=email]').click();
    await page.waitForURL(/\/messages\/templates\/new\?channel=email$/);

    await page.getByTestId('template-name').fill('Welcome');
    // The variables list puts `{{ … }}` at the cursor of the field being edited.
    const subject = page.getByTestId('email-subject');
    await subject.fill('Hello ');
    await page.locator('[data-testid=variable][data-path="contact.firstName"]').click();
    await expect.poll(() => subject.inputValue()).toBe('Hello {{ contact.firstName }}');
    await page.getByTestId('email-mjml').fill(mjml('Dear {{ contact.firstName }} {{ contact.lastName }}, welcome.'));

    // Ken, the newest contact, is taken at first; preview as Mei instead.
    await expect.poll(() => page.getByTestId('preview-contact').inputValue()).toBe('Ken Sato · ken@example.com');
    await previewAs('Mei', 'Mei Lin · mei@example.com');
    await expect.poll(() => text('preview-subject'), slow).toBe('Hello Mei');
    const previewBody = page.frameLocator('[data-testid=preview-html]').locator('body');
    await expect.poll(() => previewBody.textContent(), slow).toContain('Dear Mei Lin, welcome.');

    // An unknown field in the body and an unclosed tag in the subject: each shows at its own field.
    await page.getByTestId('email-mjml').fill(mjml('Dear {{ contact.nosuchfield }}'));
    await subject.fill('Hello {% if contact.firstName %}');
    await expect.poll(() => fieldError('content.mjml').textContent(), slow).toContain('Unknown contact field nosuchfield');
    await expect.poll(() => fieldError('content.subject').textContent(), slow).toMatch(/not closed/);
    expect(await page.getByTestId('preview-error').isVisible()).toBe(true);
    // Saving is refused the same way, at the same fields, and nothing is created.
    await page.getByTestId('template-save').click();
    await expect.poll(() => fieldError('content.mjml').textContent(), slow).toContain('Unknown contact field nosuchfield');
    expect(page.url()).toMatch(/\/messages\/templates\/new/);

    await subject.fill('Hello {{ contact.firstName }}');
    await page.getByTestId('email-mjml').fill(mjml('Dear {{ contact.firstName }} {{ contact.lastName }}, welcome.'));
    await expect.poll(() => text('preview-subject'), slow).toBe('Hello Mei');
    expect(await fieldError('content.mjml').count()).toBe(0);
    await page.getByTestId('template-save').click();
    await page.waitForURL(/\/messages\/templates\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('template-version').getAttribute('data-version')).toBe('1');

    // A second save of new content is version 2; the history lists both and shows the first as it was.
    await page.getByTestId('email-subject').fill('Hello again {{ contact.firstName }}');
    await page.getByTestId('unsaved').waitFor();
    await expect.poll(() => text('preview-subject'), slow).toBe('Hello again Mei');
    await page.getByTestId('template-save').click();
    await expect.poll(() => page.getByTestId('template-version').getAttribute('data-version')).toBe('2');
    await page.getByTestId('open-versions').click();
    const versions = page.getByTestId('version-row');
    await expect.poll(() => versions.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-version')))).toEqual(['2', '1']);
    await page.locator('[data-testid=version-row][data-version="1"]').getByTestId('version-preview').click();
    await expect.poll(() => page.getByTestId('version-rendered').getByTestId('preview-subject').textContent(), slow).toBe('Hello Mei');
    await page.keyboard.press('Escape');
    await page.getByTestId('versions-list').waitFor({ state: 'hidden' });

    // The test send goes to the outbox, and its message opens with the rendered subject.
    await page.getByTestId('test-send-to').fill('qa@example.com');
    await page.getByTestId('test-send').click();
    await expect.poll(() => page.getByTestId('test-send-result').getAttribute('data-via')).toBe('outbox');
    await page.getByTestId('test-send-open').click();
    await page.waitForURL(/\/messages\/outbox\/[0-9a-f-]{36}$/);
    await expect.poll(() => text('outbox-subject')).toBe('[Test] Hello again Mei');
    await expect.poll(() => page.frameLocator('[data-testid=outbox-html]').locator('body').textContent()).toContain('Dear Mei Lin, welcome.');
    await page.getByTestId('outbox-part').getByText('Text', { exact: true }).click();
    await expect.poll(() => text('outbox-text')).toContain('Dear Mei Lin, welcome.');
    await page.getByTestId('outbox-part').getByText('Headers', { exact: true }).click();
    await expect.poll(() => text('outbox-headers')).toContain('qa@example.com');

    // The outbox list has it, marked as a test; the templates list has the template at version 2.
    await page.getByTestId('messages-tab-outbox').click();
    await page.waitForURL(/\/messages\/outbox$/);
    await expect.poll(() => page.getByTestId('outbox-row').count()).toBe(1);
    expect(await text('outbox-table')).toContain('[Test] Hello again Mei');
    expect(await page.getByTestId('outbox-test').count()).toBe(1);
    await page.getByTestId('messages-tab-templates').click();
    await expect.poll(() => page.getByTestId('template-row').count()).toBe(1);
    expect(await text('templates-table')).toMatch(/Welcome.*Email.*v2/);
  }, 120_000);

  it('counts SMS parts, keeps a variant per language with its errors on its tab, and places LINE errors at their message', async () => {
    await page.goto(`${server.base}/messages/templates/new?channel=sms`);
    await page.getByTestId('template-name').fill('Shipped');
    const sms = page.getByTestId('sms-text');
    // 71 Chinese characters: UCS-2, past the 70 of one part, so two parts of 67.
    await sms.fill('您'.repeat(71));
    await expect.poll(() => page.getByTestId('sms-count').getAttribute('data-segments')).toBe('2');
    expect(await page.getByTestId('sms-count').getAttribute('data-encoding')).toBe('ucs2');
    await sms.fill('Hi {{ contact.firstName }}, your order has shipped.');
    await expect.poll(() => page.getByTestId('sms-count').getAttribute('data-segments')).toBe('1');
    await previewAs('Mei', 'Mei Lin · mei@example.com');
    await expect.poll(() => text('preview-sms'), slow).toBe('Hi Mei, your order has shipped.');

    // A Japanese variant starts as a copy of the default; its mistake is marked on its tab.
    await page.getByTestId('locale-add').click();
    await page.getByRole('menuitem', { name: /\(ja\)$/ }).click();
    await expect.poll(() => field('localized.ja.text').locator('textarea').inputValue()).toBe('Hi {{ contact.firstName }}, your order has shipped.');
    await field('localized.ja.text').locator('textarea').fill('{{ contact.nosuchfield }} 様、ご注文の商品を発送しました。');
    await expect.poll(() => fieldError('localized.ja.text').textContent(), slow).toContain('Unknown contact field nosuchfield');
    // Saving from the default tab brings the variant with the problem back on screen.
    await page.locator('[data-testid=locale-tab][data-locale=""]').click();
    await page.getByTestId('template-save').click();
    await expect.poll(() => fieldError('localized.ja.text').textContent(), slow).toContain('Unknown contact field nosuchfield');
    await field('localized.ja.text').locator('textarea').fill('{{ contact.lastName }} 様、ご注文の商品を発送しました。');
    await expect.poll(() => text('preview-sms'), slow).toBe('Lin 様、ご注文の商品を発送しました。');
    await page.getByTestId('template-save').click();
    await page.waitForURL(/\/messages\/templates\/[0-9a-f-]{36}$/);
    const saved = await api<{ localized: Record<string, { text: string }> }>('GET', `/api/v1/message-templates/${page.url().split('/').pop()}`);
    expect(saved.localized.ja?.text).toBe('{{ contact.lastName }} 様、ご注文の商品を発送しました。');

    // LINE: a flex container that is not JSON is reported at that message's JSON field.
    // Within the area, the preview keeps its contact.
    await page.getByTestId('messages-tab-templates').click();
    await page.getByTestId('new-template').click();
    await page.locator('[data-testid=new-template-channel][data-channel=line]').click();
    await page.waitForURL(/\/messages\/templates\/new\?channel=line$/);
    expect(await page.getByTestId('preview-contact').inputValue()).toBe('Mei Lin · mei@example.com');
    await page.getByTestId('line-add').click();
    await page.locator('[data-testid=line-message][data-path="messages.1"]').getByLabel('Message type').click();
    await page.getByRole('option', { name: 'Flex message' }).click();
    await field('content.messages.1.altText').locator('input').fill('Your coupon');
    await field('content.messages.1.contents').locator('textarea').fill('{"type": "bubble",');
    await expect.poll(() => fieldError('content.messages.1.contents').textContent(), slow).toContain('Not JSON');
    await field('content.messages.1.contents').locator('textarea').fill('{"type": "bubble", "body": {"type": "box", "layout": "vertical", "contents": [{"type": "text", "text": "{{ contact.firstName }}"}]}}');
    await expect.poll(() => page.getByTestId('preview-line-message').count(), slow).toBe(2);
    expect(await text('preview-line')).toContain('"text": "Mei"');
  }, 120_000);
});
