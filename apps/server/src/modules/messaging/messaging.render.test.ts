import { describe, expect, it } from 'vitest';
import type { MessageContent, RenderedMessage } from '@rapport/contracts';
import { AppError } from '../../platform/errors.js';
import { checkContent, renderContent, renderForSend, type TemplateContext } from './messaging.render.js';

const fields = new Set(['firstName', 'lastName', 'email', 'phone', 'locale']);
const mjml = (body: string) => `<mjml><mj-body><mj-section><mj-column>${body}</mj-column></mj-section></mj-body></mjml>`;
const context = (contact: Record<string, unknown>, more: Partial<TemplateContext> = {}): TemplateContext => ({ contact, workspace: { name: 'Tea & Co' }, ...more });

/** The problems a check reports, as "path: message". */
async function problems(content: MessageContent): Promise<string[]> {
  try {
    await checkContent(content, fields);
    return [];
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return (e.details.errors ?? []).map((x) => `${x.path}: ${x.message}`);
  }
}

describe('templates', () => {
  it('render an email with escaped HTML, a plain-text part and unescaped subject', async () => {
    const content: MessageContent = {
      channel: 'email',
      subject: 'Hi {{ contact.firstName | default: "there" }}, {{ coupon.code }} is yours',
      preheader: 'From {{ workspace.name }}',
      mjml: mjml('<mj-text>Dear {{ contact.firstName }} of {{ contact.custom.city }}</mj-text><mj-button href="{{ unsubscribe_url }}">Unsubscribe</mj-button>'),
    };
    expect(await problems(content)).toEqual([]);
    const out = await renderContent(content, context({ firstName: '<b>Ann</b> & "Bo"', custom: { city: '台北' } }, { coupon: { code: 'WELCOME-1' }, unsubscribe_url: 'https://x.example/u?a=1&b=2' }));
    if (out.channel !== 'email') throw new Error('not an email');
    expect(out.subject).toBe('Hi <b>Ann</b> & "Bo", WELCOME-1 is yours');
    expect(out.preheader).toBe('From Tea & Co');
    // The preheader is the body's first, hidden text, as previewed and as sent.
    expect(out.html).toMatch(/<body[^>]*><div style="display:none[^"]*">From Tea &amp; Co<\/div>/);
    expect(out.html).toContain('Dear &lt;b&gt;Ann&lt;/b&gt; &amp; &#34;Bo&#34; of 台北');
    expect(out.html).not.toContain('<b>Ann');
    expect(out.html).toContain('href="https://x.example/u?a=1&amp;b=2"');
    expect(out.text).toContain('Dear <b>Ann</b> & "Bo" of 台北');
    // A missing value renders empty, and a default fills it in.
    const bare = await renderContent(content, context({}));
    expect(bare.channel === 'email' && bare.subject).toBe('Hi there, is yours');
  });

  it('refuse unknown variables, fields and filters, broken Liquid and broken MJML, naming where', async () => {
    const email = (over: Partial<Extract<MessageContent, { channel: 'email' }>>): MessageContent => ({ channel: 'email', subject: 'Hello', mjml: mjml('<mj-text>Hi</mj-text>'), ...over });
    expect(await problems(email({ subject: 'Hi {{ contact.shoeSize }}' }))).toEqual(['subject: Unknown contact field shoeSize']);
    expect((await problems(email({ subject: 'Hi {{ customer.name }}' })))[0]).toMatch(/^subject: Unknown variable customer.name: use contact, event/);
    expect((await problems(email({ subject: 'Hi {{ contact.firstName | shout }}' })))[0]).toMatch(/^subject: Line 1, column \d+: undefined filter: shout/);
    expect((await problems(email({ mjml: mjml('{% if contact.firstName %}<mj-text>x</mj-text>') })))[0]).toMatch(/^mjml: Line 1, column \d+: tag \{% if contact.firstName %\} not closed/);
    expect(await problems(email({ mjml: mjml('<mj-text>Hi</mj-text><mj-bogus></mj-bogus>') }))).toEqual(["mjml: Line 1: Element mj-bogus doesn't exist or is not registered"]);
    // Variables a template makes itself are not the contact's.
    expect(await problems(email({ subject: '{% assign n = contact.firstName %}{% for i in (1..2) %}{{ n }}{{ i }}{% endfor %}{{ forloop }}' }))).toEqual([
      'subject: Unknown variable forloop: use contact, event, coupon, workspace, unsubscribe_url, preferences_url, confirm_url',
    ]);
  });

  it('keep LINE flex and webhook JSON valid whatever the contact data holds, and refuse what LINE would', async () => {
    const line: MessageContent = {
      channel: 'line',
      messages: [
        { type: 'text', text: '{{ contact.firstName }}, your coupon {{ coupon.code }}' },
        { type: 'flex', altText: 'Coupon for {{ contact.firstName }}', contents: '{"type":"bubble","body":{"type":"box","layout":"vertical","contents":[{"type":"text","text":"{{ contact.firstName }}"}]}}' },
        { type: 'image', originalContentUrl: 'https://cdn.example/a.png', previewImageUrl: 'https://cdn.example/a-s.png' },
      ],
    };
    expect(await problems(line)).toEqual([]);
    const out = await renderContent(line, context({ firstName: 'Ann "the \\ quote"\nLin' }, { coupon: { code: 'C-9' } }));
    if (out.channel !== 'line') throw new Error('not LINE');
    expect(out.messages[0]).toEqual({ type: 'text', text: 'Ann "the \\ quote"\nLin, your coupon C-9' });
    expect(out.messages[1]).toMatchObject({ type: 'flex', altText: 'Coupon for Ann "the \\ quote" Lin', contents: { body: { contents: [{ text: 'Ann "the \\ quote"\nLin' }] } } });
    // A field the sample leaves empty is fine at save; empty for a real contact, LINE would refuse
    // the text, so the send fails here with the reason instead.
    expect(await problems({ channel: 'line', messages: [{ type: 'text', text: '{{ contact.phone }}' }] })).toEqual([]);
    await expect(renderContent({ channel: 'line', messages: [{ type: 'text', text: '{{ contact.lastName }}' }] }, context({}))).rejects.toMatchObject({
      details: { errors: [{ path: 'messages.0' }] },
    });
    expect((await problems({ channel: 'line', messages: [{ type: 'flex', altText: 'x', contents: '{"type": bubble}' }] }))[0]).toMatch(/^messages.0.contents: Not JSON once rendered/);

    const hook: MessageContent = { channel: 'webhook', url: 'https://hooks.example/in', body: '{"name":"{{ contact.firstName }}","shop":"{{ workspace.name }}"}' };
    expect(await problems(hook)).toEqual([]);
    const sent = await renderContent(hook, context({ firstName: '"}, "admin": true, {"' }));
    expect(sent).toEqual({ channel: 'webhook', url: 'https://hooks.example/in', body: { name: '"}, "admin": true, {"', shop: 'Tea & Co' } });
  });

  it('stop a template that would run away', async () => {
    const sms: MessageContent = { channel: 'sms', text: '{% for i in (1..100000000) %}{{ contact.firstName }}{% endfor %}' };
    const started = Date.now();
    await expect(renderContent(sms, context({ firstName: 'Ann' }))).rejects.toMatchObject({ details: { errors: [{ path: 'text' }] } });
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('rendering for sends', () => {
  const body = (inner: string) => `<mjml><mj-body><mj-section><mj-column>${inner}</mj-column></mj-section></mj-body></mjml>`;
  const contexts = [
    { contact: { firstName: 'Ann <b>&', traits: { orderCount: 2 } }, workspace: { name: 'Tea' } },
    { contact: { firstName: '美玲', traits: { orderCount: 0 } }, workspace: { name: 'Tea' } },
  ];

  it('gives what a full render gives, with MJML converted once', async () => {
    const content = {
      channel: 'email' as const,
      subject: 'Hi {{ contact.firstName }}',
      preheader: 'For {{ contact.firstName }}',
      mjml: body('<mj-text>Dear {{ contact.firstName }}, {% if contact.traits.orderCount > 0 %}thanks for {{ contact.traits.orderCount }} orders{% else %}welcome{% endif %}.</mj-text><mj-button href="https://shop.example/?n={{ contact.firstName | url_encode }}">Shop</mj-button>'),
    };
    // The text part is wrapped before Liquid fills it in, so its line breaks may fall elsewhere.
    const unwrapped = (r: RenderedMessage) => (r.channel === 'email' ? { ...r, text: r.text.replace(/\s+/g, ' ') } : r);
    for (const ctx of contexts) {
      const fast = await renderForSend(content, ctx);
      expect(unwrapped(fast)).toEqual(unwrapped(await renderContent(content, ctx)));
    }
  });

  it('falls back to MJML per send when MJML would move a Liquid tag, and still renders right', async () => {
    // A condition around a whole section: MJML drops text between sections.
    const content = {
      channel: 'email' as const,
      subject: 'Hi',
      mjml: `<mjml><mj-body>{% if contact.traits.orderCount > 0 %}<mj-section><mj-column><mj-text>Loyal</mj-text></mj-column></mj-section>{% endif %}<mj-section><mj-column><mj-text>All</mj-text></mj-column></mj-section></mj-body></mjml>`,
    };
    const loyal = await renderForSend(content, contexts[0]!);
    const fresh = await renderForSend(content, contexts[1]!);
    expect(loyal.channel === 'email' && loyal.html).toContain('Loyal');
    expect(fresh.channel === 'email' && fresh.html).not.toContain('Loyal');
    expect(fresh).toEqual(await renderContent(content, contexts[1]!));
  });
});
