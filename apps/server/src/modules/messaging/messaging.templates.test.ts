import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, MessageTemplate, MessageTemplateVersion, Page, Problem, RenderedMessage } from '@rapport/contracts';
import { call, newWorkspace, startHarness, type Harness, type Session } from '../../test/harness.js';

let h: Harness;
let ws: Session;
let ann: Contact;
let ken: Contact;

const mjml = (body: string) => `<mjml><mj-body><mj-section><mj-column>${body}</mj-column></mj-section></mj-body></mjml>`;
const email = (subject: string, body = '<mj-text>Hi {{ contact.firstName }}</mj-text>') => ({ channel: 'email' as const, subject, mjml: mjml(body) });

beforeAll(async () => {
  h = await startHarness();
  ws = await newWorkspace(h, 'Tea & Co');
  ann = (await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: 'Ann <3', email: 'ann@tea.example', locale: 'zh-TW' })).json<Contact>();
  ken = (await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: 'Ken', email: 'ken@tea.example', locale: 'ja' })).json<Contact>();
});
afterAll(() => h.close());

describe('message templates', () => {
  it('are saved checked, versioned on each change of content, and previewed as a contact in their locale', async () => {
    const created = await call(h, ws.headers, 'POST', '/api/v1/message-templates', {
      name: 'Welcome',
      content: email('Welcome, {{ contact.firstName }}'),
      localized: { 'zh-TW': email('歡迎，{{ contact.firstName }}', '<mj-text>{{ contact.firstName }} 您好</mj-text>') },
    });
    expect(created.statusCode, created.body).toBe(201);
    const t = created.json<MessageTemplate>();
    expect(t).toMatchObject({ name: 'Welcome', channel: 'email', version: 1 });

    // Ann reads zh-TW; Ken's ja has no variant and gets the default.
    const forAnn = (await call(h, ws.headers, 'POST', `/api/v1/message-templates/${t.id}/preview`, { contactId: ann.id })).json<RenderedMessage>();
    expect(forAnn).toMatchObject({ channel: 'email', subject: '歡迎，Ann <3' });
    expect(forAnn.channel === 'email' && forAnn.html).toContain('Ann &lt;3 您好');
    const forKen = (await call(h, ws.headers, 'POST', `/api/v1/message-templates/${t.id}/preview`, { contactId: ken.id })).json<RenderedMessage>();
    expect(forKen).toMatchObject({ subject: 'Welcome, Ken' });

    // A rename keeps the version; new content makes the next one, and the old one stays viewable.
    expect((await call(h, ws.headers, 'PATCH', `/api/v1/message-templates/${t.id}`, { name: 'Welcome series 1' })).json<MessageTemplate>().version).toBe(1);
    const v2 = (await call(h, ws.headers, 'PATCH', `/api/v1/message-templates/${t.id}`, { content: email('Hello {{ contact.firstName }} from {{ workspace.name }}') })).json<MessageTemplate>();
    expect(v2).toMatchObject({ name: 'Welcome series 1', version: 2 });
    expect((await call(h, ws.headers, 'POST', `/api/v1/message-templates/${t.id}/preview`, { contactId: ken.id })).json<RenderedMessage>()).toMatchObject({ subject: 'Hello Ken from Tea & Co' });
    expect((await call(h, ws.headers, 'POST', `/api/v1/message-templates/${t.id}/preview`, { contactId: ken.id, version: 1 })).json<RenderedMessage>()).toMatchObject({ subject: 'Welcome, Ken' });
    expect((await call(h, ws.headers, 'POST', `/api/v1/message-templates/${t.id}/preview`, { contactId: ken.id, version: 9 })).statusCode).toBe(404);
    const versions = (await call(h, ws.headers, 'GET', `/api/v1/message-templates/${t.id}/versions`)).json<{ data: MessageTemplateVersion[] }>().data;
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions[1]!.localized['zh-TW']).toBeDefined();

    const list = (await call(h, ws.headers, 'GET', '/api/v1/message-templates?channel=email')).json<Page<MessageTemplate>>().data;
    expect(list.map((x) => x.id)).toContain(t.id);
    expect((await call(h, ws.headers, 'GET', '/api/v1/message-templates?channel=sms')).json<Page<MessageTemplate>>().data).toEqual([]);

    expect((await call(h, ws.headers, 'DELETE', `/api/v1/message-templates/${t.id}`)).statusCode).toBe(204);
    expect((await call(h, ws.headers, 'GET', `/api/v1/message-templates/${t.id}`)).statusCode).toBe(404);
  });

  it('refuse bad content with every problem under its path, and a change of channel', async () => {
    const bad = await call(h, ws.headers, 'POST', '/api/v1/message-templates', {
      name: 'Broken',
      content: email('Hi {{ contact.shoeSize }}', '<mj-text>{% if x %}</mj-text>'),
      localized: { ja: email('{{ coupon.code | shout }}'), 'zh-TW': { channel: 'sms', text: 'hi' } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().errors).toEqual([{ path: 'localized.zh-TW.channel', message: 'Every variant goes out on email' }]);
    const res = await call(h, ws.headers, 'POST', '/api/v1/message-templates', { name: 'Broken', content: email('Hi {{ contact.shoeSize }}', '<mj-text>{% if contact.firstName %}</mj-text>'), localized: { ja: email('{{ coupon.code | shout }}') } });
    expect(res.statusCode).toBe(400);
    const paths = res.json<Problem>().errors!.map((e) => `${e.path}: ${e.message.replace(/, column \d+/, '')}`);
    expect(paths).toEqual([
      'content.subject: Unknown contact field shoeSize',
      expect.stringMatching(/^content.mjml: Line 1: tag \{% if contact.firstName %\} not closed/),
      expect.stringMatching(/^localized.ja.subject: Line 1: undefined filter: shout/),
    ]);

    const sms = (await call(h, ws.headers, 'POST', '/api/v1/message-templates', { name: 'Text', content: { channel: 'sms', text: 'Hi {{ contact.firstName }}' } })).json<MessageTemplate>();
    const change = await call(h, ws.headers, 'PATCH', `/api/v1/message-templates/${sms.id}`, { content: email('Hi') });
    expect(change.statusCode).toBe(400);
    expect(change.json<Problem>().errors).toEqual([{ path: 'content.channel', message: 'This template goes out on sms' }]);
    expect((await call(h, ws.headers, 'GET', `/api/v1/message-templates/${sms.id}`)).json<MessageTemplate>().version).toBe(1);
  });

  it('preview unsaved content, checked as a save would be', async () => {
    const ok = await call(h, ws.headers, 'POST', '/api/v1/message-templates/preview', {
      contactId: ann.id,
      content: { channel: 'sms', text: '{{ contact.firstName }}: {{ event.product_name }} is back in stock' },
      eventProperties: { product_name: '凍頂烏龍' },
    });
    expect(ok.json<RenderedMessage>()).toEqual({ channel: 'sms', text: 'Ann <3: 凍頂烏龍 is back in stock' });
    const bad = await call(h, ws.headers, 'POST', '/api/v1/message-templates/preview', { contactId: ann.id, content: { channel: 'sms', text: '{{ contact.nope }}' } });
    expect(bad.json<Problem>().errors).toEqual([{ path: 'content.text', message: 'Unknown contact field nope' }]);
    expect((await call(h, ws.headers, 'POST', '/api/v1/message-templates/preview', { contactId: '00000000-0000-4000-8000-000000000000', content: { channel: 'sms', text: 'x' } })).statusCode).toBe(404);
  });
});
