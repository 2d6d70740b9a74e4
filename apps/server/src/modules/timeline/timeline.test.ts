import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, Note, Page, Problem, TimelineEntry } from '@rapport/contracts';
import { call, newMember, newWorkspace, startHarness, type Harness, type Session } from '../../test/harness.js';

let h: Harness;
let ws: Session;
let contact: Contact;
beforeAll(async () => {
  h = await startHarness();
  ws = await newWorkspace(h);
  contact = (await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: 'Timeline', email: 'tl@example.com' })).json<Contact>();
});
afterAll(() => h.close());

const url = (q = '') => `/api/v1/contacts/${contact.id}/timeline${q}`;

describe('notes', () => {
  it('keep formatting and lose anything that could run script', async () => {
    const attacks = [
      '<p>Hi <b>there</b><script>alert(1)</script></p>',
      '<img src=x onerror="alert(1)">Look',
      '<a href="javascript:alert(1)">click</a> <a href="https://example.com">safe</a>',
      '<p style="background:url(javascript:alert(1))" onclick="alert(1)">styled</p><iframe src="https://evil"></iframe>',
      '<svg><script>alert(1)</script></svg>plain <b>bold</b>',
    ];
    for (const body of attacks) {
      const note = (await call(h, ws.headers, 'POST', `/api/v1/contacts/${contact.id}/notes`, { body })).json<Note>();
      expect(note.body).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|<img|style=|<svg/i);
    }
    const notes = (await call(h, ws.headers, 'GET', `/api/v1/contacts/${contact.id}/notes`)).json<Page<Note>>().data;
    expect(notes.map((n) => n.body)).toContain('<p>Hi <b>there</b></p>');
    expect(notes.map((n) => n.body).join()).toContain('<a href="https://example.com" target="_blank" rel="noopener noreferrer nofollow">safe</a>');
    const plain = (await call(h, ws.headers, 'POST', `/api/v1/contacts/${contact.id}/notes`, { body: 'Line 1\nLine <2> & "3"' })).json<Note>();
    expect(plain.body).toBe('<p>Line 1<br />Line &lt;2&gt; &amp; "3"</p>');
    const empty = await call(h, ws.headers, 'POST', `/api/v1/contacts/${contact.id}/notes`, { body: '<script>only</script>' });
    expect(empty.statusCode).toBe(400);
  });

  it('are edited by their author only', async () => {
    const note = (await call(h, ws.headers, 'POST', `/api/v1/contacts/${contact.id}/notes`, { body: 'mine' })).json<Note>();
    const member = await newMember(h, ws, 'member');
    expect((await call(h, member.headers, 'PATCH', `/api/v1/notes/${note.id}`, { body: 'theirs' })).statusCode).toBe(403);
    expect((await call(h, member.headers, 'DELETE', `/api/v1/notes/${note.id}`)).statusCode).toBe(403);
    expect((await call(h, ws.headers, 'PATCH', `/api/v1/notes/${note.id}`, { body: 'mine, edited' })).json<Note>().body).toBe('<p>mine, edited</p>');
    expect((await call(h, ws.headers, 'DELETE', `/api/v1/notes/${note.id}`)).statusCode).toBe(204);
  });
});

describe('timeline', () => {
  it('merges every source newest first, pages without gaps or repeats, and filters by kind', async () => {
    await call(h, ws.headers, 'PATCH', `/api/v1/contacts/${contact.id}`, { jobTitle: 'CTO' });
    await call(h, ws.headers, 'POST', `/api/v1/contacts/${contact.id}/consents`, { channel: 'email', status: 'subscribed' });
    const all = (await call(h, ws.headers, 'GET', url('?limit=200'))).json<Page<TimelineEntry>>().data;
    // Setting consent writes its history entry and an audit entry in one transaction.
    expect(all.slice(0, 2).map((e) => e.kind)).toContain('consent');
    expect(new Set(all.map((e) => e.kind))).toEqual(new Set(['note', 'field_change', 'consent']));
    const times = all.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    const change = all.find((e) => e.kind === 'field_change' && (e.data.changes as Record<string, unknown>).jobTitle);
    expect(change?.data).toMatchObject({ action: 'update', changes: { jobTitle: { before: null, after: 'CTO' } } });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<TimelineEntry> = (await call(h, ws.headers, 'GET', url(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`))).json();
      seen.push(...page.data.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((e) => e.id));

    const notesOnly = (await call(h, ws.headers, 'GET', url('?kinds=note'))).json<Page<TimelineEntry>>().data;
    expect(notesOnly.length).toBeGreaterThan(0);
    expect(notesOnly.every((e) => e.kind === 'note')).toBe(true);
    const bad = await call(h, ws.headers, 'GET', url('?kinds=note,ticket'));
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().detail).toContain('ticket');
    expect((await call(h, ws.headers, 'GET', url('?cursor=bogus'))).statusCode).toBe(400);
  });

  it('pages correctly through entries written in the same instant', async () => {
    const c = (await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: 'Same instant' })).json<Contact>();
    // One bulk action writes its audit entries in one statement, so they share created_at.
    for (let i = 0; i < 5; i++) await call(h, ws.headers, 'POST', '/api/v1/contacts/bulk-actions', { action: 'tag', ids: [c.id], tags: [`t${i}`] });
    await h.database.query(`update audit_log set created_at = '2026-01-01T00:00:00Z' where entity_id = $1`, [c.id]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<TimelineEntry> = (await call(h, ws.headers, 'GET', `/api/v1/contacts/${c.id}/timeline?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...page.data.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
  });
});
