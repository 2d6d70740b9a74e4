import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchResult, BulkOperation, Contact, ContactMerge, DuplicatePair, Page, TimelineEntry } from '@rapport/contracts';
import { call, newWorkspace, startHarness, type Harness, type Session } from '../../test/harness.js';

let h: Harness;
let ws: Session;
const create = (body: Record<string, unknown>) => call(h, ws.headers, 'POST', '/api/v1/contacts', body).then((r) => r.json<Contact>());
const get = (id: string) => call(h, ws.headers, 'GET', `/api/v1/contacts/${id}`);
beforeAll(async () => {
  h = await startHarness();
  ws = await newWorkspace(h);
  await call(h, ws.headers, 'PATCH', '/api/v1/workspace/settings', { defaultRegion: 'TW' });
});
afterAll(() => h.close());

describe('duplicates and merge', () => {
  it('finds likely duplicates, merges with picked values, moves history, and undoes', async () => {
    const a = await create({ firstName: '美玲', lastName: '林', email: 'mei@example.com', tags: ['VIP'], jobTitle: 'Buyer' });
    const b = await create({ firstName: '美玲', lastName: '林', email: 'mei.lin@example.com', emails: ['mei@example.com'], phone: '0912345678', tags: ['台北'], jobTitle: 'Manager', externalId: 'X-1' });
    expect((await call(h, ws.headers, 'PATCH', `/api/v1/contacts/${b.id}`, { source: 'Computex' })).statusCode).toBe(200);
    await call(h, ws.headers, 'POST', `/api/v1/contacts/${b.id}/notes`, { body: 'Met at Computex' });
    await call(h, ws.headers, 'POST', `/api/v1/contacts/${b.id}/consents`, { channel: 'sms', status: 'subscribed' });

    const dups = (await call(h, ws.headers, 'GET', '/api/v1/contacts/duplicates')).json<{ data: DuplicatePair[] }>().data;
    const pair = dups.find((p) => [p.a.id, p.b.id].sort().join() === [a.id, b.id].sort().join());
    expect(pair?.reasons).toEqual(['email']);

    const res = await call(h, ws.headers, 'POST', '/api/v1/contacts/merge', { survivorId: a.id, mergedId: b.id, pick: { jobTitle: 'merged' } });
    expect(res.statusCode, res.body).toBe(200);
    const { merge, contact } = res.json<{ merge: ContactMerge; contact: Contact }>();
    expect(contact).toMatchObject({ email: 'mei@example.com', phone: '+886912345678', jobTitle: 'Manager', externalId: 'X-1' });
    expect(contact.emails).toEqual(['mei.lin@example.com']);
    expect(contact.tags.sort()).toEqual(['VIP', '台北'].sort());
    expect((await get(b.id)).statusCode).toBe(404);
    const tl = (await call(h, ws.headers, 'GET', `/api/v1/contacts/${a.id}/timeline`)).json<Page<TimelineEntry>>().data;
    expect(tl.map((e) => e.kind)).toEqual(expect.arrayContaining(['merge', 'note', 'consent']));
    expect(tl.find((e) => e.kind === 'merge')!.data).toMatchObject({ mergeId: merge.id, mergedName: '林美玲', status: 'merged' });
    // The merged contact's own history came along, without the bookkeeping of its deletion.
    const absorbed = tl.filter((e) => e.kind === 'field_change' && e.data.mergedRecordId === b.id);
    expect(absorbed.map((e) => e.data.action)).toContain('create');
    expect(absorbed.map((e) => e.data.action)).not.toContain('delete');
    expect(absorbed.map((e) => e.data.changes)).toContainEqual({ source: { before: null, after: 'Computex' } });
    expect((await call(h, ws.headers, 'GET', `/api/v1/contacts/${a.id}/consents`)).json<{ data: { channel: string; status: string }[] }>().data).toContainEqual(expect.objectContaining({ channel: 'sms', status: 'subscribed' }));

    const undo = await call(h, ws.headers, 'POST', `/api/v1/contact-merges/${merge.id}/undo`);
    expect(undo.statusCode, undo.body).toBe(200);
    expect((await get(a.id)).json<Contact>()).toMatchObject({ jobTitle: 'Buyer', phone: null, externalId: null, tags: ['VIP'], emails: [] });
    const back = (await get(b.id)).json<Contact>();
    expect(back).toMatchObject({ externalId: 'X-1', jobTitle: 'Manager' });
    const notes = (await call(h, ws.headers, 'GET', `/api/v1/contacts/${b.id}/notes`)).json<Page<{ body: string }>>().data;
    expect(notes.map((n) => n.body)).toEqual(['<p>Met at Computex</p>']);
    expect((await call(h, ws.headers, 'POST', `/api/v1/contact-merges/${merge.id}/undo`)).statusCode).toBe(409);
    const after = (await call(h, ws.headers, 'GET', `/api/v1/contacts/${a.id}/timeline?kinds=merge`)).json<Page<TimelineEntry>>().data;
    expect(after[0]!.data.status).toBe('undone');
    const undoneTl = (await call(h, ws.headers, 'GET', `/api/v1/contacts/${a.id}/timeline?kinds=field_change`)).json<Page<TimelineEntry>>().data;
    expect(undoneTl.filter((e) => e.data.mergedRecordId)).toEqual([]);
  });

  it('adds up the order figures and channels of both', async () => {
    const a = await create({ firstName: 'Ana', email: 'ana@shop.example' });
    const b = await create({ firstName: 'Ana', email: 'ana.b@shop.example' });
    for (const [who, orderId, channel] of [[a, 'M-1', 'online'], [b, 'M-2', 'store']] as const) {
      const res = await call(h, ws.headers, 'POST', '/api/v1/orders', { orderId, contact: { id: who.id }, currency: 'TWD', total: 100, status: 'paid', channel });
      expect(res.statusCode, res.body).toBeLessThan(300);
    }
    expect((await call(h, ws.headers, 'POST', '/api/v1/contacts/merge', { survivorId: a.id, mergedId: b.id })).statusCode).toBe(200);
    const { rows } = await h.database.query<{ order_count: number; order_channels: string[] }>(`select order_count, order_channels from contact_traits where contact_id = $1`, [a.id]);
    expect(rows[0]).toEqual({ order_count: 2, order_channels: ['online', 'store'] });
  });

  it('pairs equal emails and phones, and alike names at one company, each pair once', async () => {
    const w = await newWorkspace(h);
    await call(h, w.headers, 'PATCH', '/api/v1/workspace/settings', { defaultRegion: 'TW' });
    const make = (body: Record<string, unknown>) => call(h, w.headers, 'POST', '/api/v1/contacts', body).then((r) => r.json<Contact>());
    const acme = (await call(h, w.headers, 'POST', '/api/v1/companies', { name: 'Acme' })).json<{ id: string }>();
    const p1 = await make({ firstName: 'Wang', lastName: 'Wei', phone: '0912-000-222', email: 'w1@example.com', companyId: acme.id });
    const p2 = await make({ firstName: 'Wang', lastName: 'Wei', phone: '+886912000222', email: 'w2@example.com', companyId: acme.id });
    const p3 = await make({ firstName: 'Wang', lastName: 'Weii', email: 'w3@example.com', companyId: acme.id });
    const p4 = await make({ firstName: 'Solo', email: 'solo@example.com' });
    await make({ firstName: 'Other', email: 'x@example.com', emails: ['solo@example.com'] });
    await make({ firstName: 'Unrelated', phone: '0922-333-444' });
    const dups = (await call(h, w.headers, 'GET', '/api/v1/contacts/duplicates')).json<{ data: DuplicatePair[] }>().data;
    const byIds = new Map(dups.map((p) => [[p.a.id, p.b.id].sort().join(), p.reasons]));
    expect(byIds.get([p1.id, p2.id].sort().join())).toEqual(['name_company', 'phone']);
    expect(byIds.get([p1.id, p3.id].sort().join()) ?? byIds.get([p2.id, p3.id].sort().join())).toEqual(['name_company']);
    expect([...byIds.keys()].some((k) => k.includes(p4.id))).toBe(true);
    expect(dups).toHaveLength(new Set(dups.map((p) => [p.a.id, p.b.id].sort().join())).size);
    expect(dups.every((p) => p.a.firstName !== 'Unrelated' && p.b.firstName !== 'Unrelated')).toBe(true);
  });

  it('refuses to merge a contact with itself or with one of another workspace', async () => {
    const a = await create({ firstName: 'Solo' });
    expect((await call(h, ws.headers, 'POST', '/api/v1/contacts/merge', { survivorId: a.id, mergedId: a.id })).statusCode).toBe(400);
    const other = await newWorkspace(h);
    const x = (await call(h, other.headers, 'POST', '/api/v1/contacts', { firstName: 'X' })).json<Contact>();
    expect((await call(h, ws.headers, 'POST', '/api/v1/contacts/merge', { survivorId: a.id, mergedId: x.id })).statusCode).toBe(404);
  });
});

describe('bulk actions', () => {
  it('tags, sets stage and deletes a selection, and each can be undone', async () => {
    const w = await newWorkspace(h);
    const ids: string[] = [];
    for (const n of ['B1', 'B2', 'B3']) ids.push((await call(h, w.headers, 'POST', '/api/v1/contacts', { firstName: n, tags: ['old'] })).json<Contact>().id);
    const run = (body: Record<string, unknown>) => call(h, w.headers, 'POST', '/api/v1/contacts/bulk-actions', body).then((r) => r.json<BulkOperation>());
    const tagged = await run({ action: 'tag', ids: ids.slice(0, 2), tags: ['hot'] });
    expect(tagged).toMatchObject({ action: 'tag', affected: 2, status: 'done' });
    const staged = await run({ action: 'set_lifecycle_stage', selection: { filter: { type: 'group', combinator: 'and', children: [{ type: 'condition', field: 'tags', op: 'in', value: ['hot'] }] } }, lifecycleStage: 'customer' });
    expect(staged.affected).toBe(2);
    const list = () => call(h, w.headers, 'GET', '/api/v1/contacts').then((r) => r.json<Page<Contact>>().data);
    expect((await list()).filter((c) => c.lifecycleStage === 'customer')).toHaveLength(2);
    const deleted = await run({ action: 'delete', ids });
    expect(deleted.affected).toBe(3);
    expect(await list()).toEqual([]);
    expect((await call(h, w.headers, 'POST', `/api/v1/bulk-operations/${deleted.id}/undo`)).json<BulkOperation>().status).toBe('undone');
    expect(await list()).toHaveLength(3);
    await call(h, w.headers, 'POST', `/api/v1/bulk-operations/${staged.id}/undo`);
    await call(h, w.headers, 'POST', `/api/v1/bulk-operations/${tagged.id}/undo`);
    const restored = await list();
    expect(restored.every((c) => c.lifecycleStage === null && c.tags.join() === 'old')).toBe(true);
    expect((await call(h, w.headers, 'POST', `/api/v1/bulk-operations/${tagged.id}/undo`)).statusCode).toBe(409);
    expect((await call(h, w.headers, 'POST', '/api/v1/contacts/bulk-actions', { action: 'tag', ids })).statusCode).toBe(400);
  });
});

describe('batch and upsert', () => {
  it('writes up to 1,000 items with a result each, and the totals add up', async () => {
    const w = await newWorkspace(h);
    const res = await call(h, w.headers, 'POST', '/api/v1/contacts/batch', {
      operation: 'upsert',
      match: 'email',
      items: [{ email: 'a@example.com', firstName: 'A' }, { email: 'bad' }, { email: 'a@example.com', lastName: 'Again' }, 'not an object', { firstName: 'NoEmail' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const out = res.json<BatchResult>();
    expect(out.results.map((r) => r.status)).toEqual(['created', 'rejected', 'updated', 'rejected', 'created']);
    expect(out.results[1]!.error!.errors![0]!.path).toBe('email');
    expect(out.totals).toEqual({ created: 2, updated: 1, unchanged: 0, skipped: 0, deleted: 0, rejected: 2 });
    const a = out.results[0]!.id!;
    const upd = await call(h, w.headers, 'POST', '/api/v1/contacts/batch', { operation: 'update', items: [{ id: a, jobTitle: 'CEO' }, { id: a, jobTitle: 'CEO' }, { id: '00000000-0000-4000-8000-000000000000', jobTitle: 'x' }] });
    expect(upd.json<BatchResult>().results.map((r) => r.status)).toEqual(['updated', 'unchanged', 'rejected']);
    const del = await call(h, w.headers, 'POST', '/api/v1/contacts/batch', { operation: 'delete', items: [{ id: a }, { id: a }] });
    expect(del.json<BatchResult>().results.map((r) => r.status)).toEqual(['deleted', 'rejected']);
    const tooMany = await call(h, w.headers, 'POST', '/api/v1/contacts/batch', { operation: 'create', items: Array.from({ length: 1001 }, () => ({ firstName: 'x' })) });
    expect(tooMany.statusCode).toBe(400);
  });

  it('upserts one contact by email, phone or external id', async () => {
    const w = await newWorkspace(h);
    await call(h, w.headers, 'PATCH', '/api/v1/workspace/settings', { defaultRegion: 'TW' });
    const first = await call(h, w.headers, 'POST', '/api/v1/contacts/upsert', { match: 'phone', contact: { phone: '0912-000-111', firstName: 'P' } });
    expect(first.statusCode).toBe(201);
    const again = await call(h, w.headers, 'POST', '/api/v1/contacts/upsert', { match: 'phone', contact: { phone: '+886 912 000 111', lastName: 'Q' } });
    expect(again.statusCode).toBe(200);
    expect(again.json<Contact>()).toMatchObject({ id: first.json<Contact>().id, firstName: 'P', lastName: 'Q' });
    await call(h, w.headers, 'PATCH', `/api/v1/contacts/${first.json<Contact>().id}`, { tags: ['vip'] });
    const fill = await call(h, w.headers, 'POST', '/api/v1/contacts/upsert', { match: 'phone', onDuplicate: 'fill_empty', contact: { phone: '0912000111', firstName: 'Z', jobTitle: 'Boss', tags: ['expo'] } });
    // Filling in keeps every value, and tags only add up.
    expect(fill.json<Contact>()).toMatchObject({ firstName: 'P', jobTitle: 'Boss', tags: ['vip', 'expo'] });
    expect((await call(h, w.headers, 'POST', '/api/v1/contacts/upsert', { match: 'externalId', contact: { firstName: 'No id' } })).statusCode).toBe(400);
  });
});
