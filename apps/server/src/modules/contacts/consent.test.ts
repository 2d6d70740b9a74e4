import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, ConsentEvent, ConsentState, Contact, Page, Problem } from '@rapport/contracts';
import { withWorkspace } from '../../platform/db.js';
import { call, newApiKey, newMember, newWorkspace, startHarness, type Harness, type Session } from '../../test/harness.js';

let h: Harness;
let owner: Session;
let contact: Contact;
beforeAll(async () => {
  h = await startHarness();
  owner = await newWorkspace(h);
  contact = (await call(h, owner.headers, 'POST', '/api/v1/contacts', { firstName: 'Consenting', email: 'c@example.com' })).json<Contact>();
});
afterAll(() => h.close());

const url = (id = contact.id) => `/api/v1/contacts/${id}/consents`;
const current = async () => (await call(h, owner.headers, 'GET', url())).json<{ data: ConsentState[] }>().data;

describe('consent', () => {
  it('starts unknown on every channel', async () => {
    expect((await current()).map((c) => [c.channel, c.status])).toEqual([
      ['email', 'unknown'],
      ['sms', 'unknown'],
      ['line', 'unknown'],
      ['phone', 'unknown'],
    ]);
  });

  it('keeps every change with its proof, and the current state is the latest', async () => {
    const opt = await call(h, owner.headers, 'POST', url(), { channel: 'email', status: 'subscribed', source: 'form', proofText: '我同意收到電子報' });
    expect(opt.statusCode).toBe(201);
    expect(opt.json<ConsentEvent>()).toMatchObject({ source: 'form', proofText: '我同意收到電子報', proofIp: '127.0.0.1', actorLabel: owner.email });
    await call(h, owner.headers, 'POST', url(), { channel: 'email', status: 'unsubscribed', source: 'unsubscribe_link' });
    await call(h, owner.headers, 'POST', url(), { channel: 'sms', status: 'subscribed' });

    const now = await current();
    expect(now.find((c) => c.channel === 'email')).toMatchObject({ status: 'unsubscribed', source: 'unsubscribe_link' });
    expect(now.find((c) => c.channel === 'sms')).toMatchObject({ status: 'subscribed', source: 'manual' }); // web client → manual

    const history = (await call(h, owner.headers, 'GET', `${url()}/history?channel=email`)).json<Page<ConsentEvent>>();
    expect(history.data.map((e) => e.status)).toEqual(['unsubscribed', 'subscribed']);
    expect(history.data[1]!.proofText).toBe('我同意收到電子報');

    const audit = (await call(h, owner.headers, 'GET', `/api/v1/audit-log?entityId=${contact.id}`)).json<Page<AuditEntry>>();
    expect(audit.data.find((e) => 'consent.email' in e.changes)?.changes['consent.email']).toEqual({ before: 'subscribed', after: 'unsubscribed' });
  });

  it('pages the history', async () => {
    const first = (await call(h, owner.headers, 'GET', `${url()}/history?limit=2`)).json<Page<ConsentEvent>>();
    expect(first.data).toHaveLength(2);
    const rest = (await call(h, owner.headers, 'GET', `${url()}/history?limit=2&cursor=${first.nextCursor}`)).json<Page<ConsentEvent>>();
    expect(rest.data).toHaveLength(1);
    expect(rest.nextCursor).toBeNull();
  });

  it('cannot be rewritten, even by a query that tries', async () => {
    await expect(
      withWorkspace(h.database.db, owner.workspaceId, (tx) => tx.execute(sql`update contact_consent_events set status = 'subscribed'`)),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/permission denied/) } });
  });

  it('validates input and access', async () => {
    const bad = await call(h, owner.headers, 'POST', url(), { channel: 'fax', status: 'subscribed' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().errors?.map((e) => e.path)).toEqual(['channel']);
    expect((await call(h, owner.headers, 'POST', url(), { channel: 'sms', status: 'yes' })).statusCode).toBe(400);
    expect((await call(h, owner.headers, 'POST', url('00000000-0000-4000-8000-000000000000'), { channel: 'sms', status: 'subscribed' })).statusCode).toBe(404);
    const viewer = await newMember(h, owner, 'viewer');
    expect((await call(h, viewer.headers, 'GET', url())).statusCode).toBe(200);
    expect((await call(h, viewer.headers, 'POST', url(), { channel: 'sms', status: 'unsubscribed' })).statusCode).toBe(403);
    const key = await newApiKey(h, owner, ['write']);
    const viaApi = await call(h, key, 'POST', url(), { channel: 'line', status: 'subscribed' });
    expect(viaApi.json<ConsentEvent>().source).toBe('api');
  });

  it('is out of reach once the contact is deleted, and kept for an undo', async () => {
    const c = (await call(h, owner.headers, 'POST', '/api/v1/contacts', { firstName: 'Gone' })).json<Contact>();
    await call(h, owner.headers, 'POST', url(c.id), { channel: 'email', status: 'subscribed' });
    expect((await call(h, owner.headers, 'DELETE', `/api/v1/contacts/${c.id}`)).statusCode).toBe(204);
    expect((await call(h, owner.headers, 'GET', url(c.id))).statusCode).toBe(404);
    const left = await h.database.query<{ n: number }>('select count(*)::int as n from contact_consent_events where contact_id = $1', [c.id]);
    // A delete is soft (it can be undone), so the proof stays with the hidden contact.
    expect(left.rows[0]!.n).toBe(1);
  });
});
