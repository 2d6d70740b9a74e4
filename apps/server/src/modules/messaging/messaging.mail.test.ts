import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Contact, MessageTemplate, OutboxMessage, Page, Problem } from '@rapport/contracts';
import { call, newWorkspace, startHarness, type Harness, type Session } from '../../test/harness.js';

const mjml = (body: string) => `<mjml><mj-body><mj-section><mj-column>${body}</mj-column></mj-section></mj-body></mjml>`;
const welcome = {
  name: 'Welcome',
  content: { channel: 'email', subject: 'Welcome, {{ contact.firstName }}', preheader: 'A gift inside', mjml: mjml('<mj-text>Dear {{ contact.firstName }}</mj-text>') },
};

/** A workspace with a contact and the welcome template. */
async function shop(h: Harness) {
  const ws = await newWorkspace(h, 'Tea & Co');
  const ann = (await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: 'Ann <3', email: 'ann@tea.example' })).json<Contact>();
  const template = (await call(h, ws.headers, 'POST', '/api/v1/message-templates', welcome)).json<MessageTemplate>();
  return { ws, ann, template };
}

describe('test sends', () => {
  let h: Harness;
  let ws: Session;
  let ann: Contact;
  let template: MessageTemplate;
  beforeAll(async () => {
    h = await startHarness();
    ({ ws, ann, template } = await shop(h));
  });
  afterAll(() => h.close());

  it('keep the mail in the outbox while no SMTP server is configured', async () => {
    const res = await call(h, ws.headers, 'POST', `/api/v1/message-templates/${template.id}/test-send`, { contactId: ann.id, to: 'me@tea.example' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ via: 'outbox' });
    const [kept] = (await call(h, ws.headers, 'GET', '/api/v1/outbox')).json<Page<OutboxMessage>>().data;
    expect(kept).toMatchObject({ id: res.json<{ messageId: string }>().messageId, channel: 'email', recipient: 'me@tea.example', subject: '[Test] Welcome, Ann <3', test: true });
    const one = (await call(h, ws.headers, 'GET', `/api/v1/outbox/${kept!.id}`)).json<OutboxMessage>();
    expect(one.message.html).toContain('Dear Ann &lt;3');
    expect(one.message.html).toMatch(/<body[^>]*><div style="display:none[^"]*">A gift inside<\/div>/);
    expect(one.message.text).toContain('Dear Ann <3');
  });

  it('refuse other channels, and contacts or templates that do not exist', async () => {
    const sms = (await call(h, ws.headers, 'POST', '/api/v1/message-templates', { name: 'Text', content: { channel: 'sms', text: 'Hi' } })).json<MessageTemplate>();
    const res = await call(h, ws.headers, 'POST', `/api/v1/message-templates/${sms.id}/test-send`, { contactId: ann.id, to: 'me@tea.example' });
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>().errors?.[0]?.message).toMatch(/come with the sms channel/);
    expect((await call(h, ws.headers, 'POST', `/api/v1/message-templates/${template.id}/test-send`, { contactId: ann.id, to: 'not an address' })).statusCode).toBe(400);
    expect((await call(h, ws.headers, 'POST', `/api/v1/message-templates/${template.id}/test-send`, { contactId: '00000000-0000-4000-8000-000000000000', to: 'me@tea.example' })).statusCode).toBe(404);
    expect((await call(h, ws.headers, 'GET', '/api/v1/outbox/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('test sends through SMTP', () => {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          done();
        })
        .catch(done);
    },
  });
  let h: Harness;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    h = await startHarness({ RAPPORT_SMTP_URL: `smtp://127.0.0.1:${port}`, RAPPORT_MAIL_FROM: 'Tea & Co <news@tea.example>' });
  });
  afterAll(async () => {
    await h.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('deliver to the SMTP server, with HTML and text parts, and keep nothing in the outbox', async () => {
    const { ws, ann, template } = await shop(h);
    const res = await call(h, ws.headers, 'POST', `/api/v1/message-templates/${template.id}/test-send`, { contactId: ann.id, to: 'me@tea.example' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ via: 'smtp' });
    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail.from?.text).toBe('"Tea & Co" <news@tea.example>');
    expect(mail.subject).toBe('[Test] Welcome, Ann <3');
    expect(mail.html).toContain('Dear Ann &lt;3');
    expect(mail.text).toContain('Dear Ann <3');
    expect(mail.messageId).toBe(res.json<{ messageId: string }>().messageId);
    expect((await call(h, ws.headers, 'GET', '/api/v1/outbox')).json<Page<OutboxMessage>>().data).toEqual([]);
  });
});
