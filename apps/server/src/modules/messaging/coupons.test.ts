import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, Contact, CouponCode, CouponPool, MessageSend, MessageTemplate, OutboxMessage, Page } from '@rapport/contracts';
import { call, newWorkspace, startHarness, type Harness, type Session } from '../../test/harness.js';

let h: Harness;
let ws: Session;
let ann: Contact;
beforeAll(async () => {
  h = await startHarness();
  ws = await newWorkspace(h, 'Tea & Co');
  ann = (await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: 'Ann', email: 'ann@tea.example' })).json<Contact>();
  await call(h, ws.headers, 'POST', `/api/v1/contacts/${ann.id}/consents`, { channel: 'email', status: 'subscribed' });
});
afterAll(() => h.close());

const pool = async (body: object) => {
  const res = await call(h, ws.headers, 'POST', '/api/v1/coupon-pools', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<CouponPool>();
};

describe('coupons', () => {
  it('generated pools make one unique code per issue key, with the pool’s value and expiry', async () => {
    const p = await pool({ name: 'Welcome', kind: 'generated', prefix: 'welcome', valueType: 'amount', value: 100, validDays: 14 });
    const issue = (key: string) => call(h, ws.headers, 'POST', `/api/v1/coupon-pools/${p.id}/issue`, { contactId: ann.id, issueKey: key });
    const first = (await issue('k1')).json<{ code: string; value: number; expiresAt: string }>();
    expect(first.code).toMatch(/^WELCOME-[A-HJ-NP-Z2-9]{8}$/);
    expect(first.value).toBe(100);
    expect(new Date(first.expiresAt).getTime() - Date.now()).toBeGreaterThan(13.9 * 86_400_000);
    expect((await issue('k1')).json()).toEqual(first);
    expect((await issue('k2')).json<{ code: string }>().code).not.toBe(first.code);
    expect((await call(h, ws.headers, 'GET', `/api/v1/coupon-pools/${p.id}`)).json()).toMatchObject({ codes: 2, issued: 2, redeemed: 0 });
  });

  it('uploaded pools report each rejected code, hand codes out in turn, and say when they run out', async () => {
    const p = await pool({ name: 'Partner codes', kind: 'uploaded', valueType: 'percent', value: 10 });
    const up = await call(h, ws.headers, 'POST', `/api/v1/coupon-pools/${p.id}/codes`, { codes: ['TEA-AAA1', 'tea-aaa1', 'x', 42, 'TEA-BBB2'] });
    expect(up.json()).toMatchObject({
      added: 2,
      rejected: 3,
      results: [{ status: 'added' }, { status: 'rejected', reason: 'listed twice in this upload' }, { status: 'rejected' }, { status: 'rejected' }, { status: 'added' }],
    });
    const again = await call(h, ws.headers, 'POST', `/api/v1/coupon-pools/${p.id}/codes`, { codes: ['TEA-BBB2'] });
    expect(again.json()).toMatchObject({ added: 0, results: [{ reason: 'this code already exists in the workspace' }] });
    const codes = [];
    for (const key of ['a', 'b']) codes.push((await call(h, ws.headers, 'POST', `/api/v1/coupon-pools/${p.id}/issue`, { contactId: ann.id, issueKey: key })).json<{ code: string }>().code);
    expect(codes.sort()).toEqual(['TEA-AAA1', 'TEA-BBB2']);
    const empty = await call(h, ws.headers, 'POST', `/api/v1/coupon-pools/${p.id}/issue`, { contactId: ann.id, issueKey: 'c' });
    expect(empty.statusCode).toBe(409);
    expect(empty.json<{ detail: string }>().detail).toContain('no codes left');
    expect((await call(h, ws.headers, 'POST', '/api/v1/coupon-pools', { name: 'Bad', kind: 'generated', valueType: 'percent', value: 150, prefix: 'X' })).statusCode).toBe(400);
    expect((await call(h, ws.headers, 'POST', '/api/v1/coupon-pools', { name: 'Bad', kind: 'generated', valueType: 'amount', value: 5 })).statusCode).toBe(400);
  });

  it('a message issues its contact a code, the template shows it, and the order that uses it redeems it', async () => {
    const p = await pool({ name: 'Cart', kind: 'generated', prefix: 'CART', valueType: 'amount', value: 50 });
    const template = (
      await call(h, ws.headers, 'POST', '/api/v1/message-templates', {
        name: 'Coupon',
        content: { channel: 'email', subject: 'Your code {{ coupon.code }}', mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>{{ coupon.value }} off with {{ coupon.code }}</mj-text></mj-column></mj-section></mj-body></mjml>' },
      })
    ).json<MessageTemplate>();
    const send = (await call(h, ws.headers, 'POST', '/api/v1/messages', { contactId: ann.id, templateId: template.id, idempotencyKey: 'coupon-1', couponPoolId: p.id })).json<MessageSend>();
    await h.processSends();
    const sent = (await call(h, ws.headers, 'GET', `/api/v1/messages/${send.id}`)).json<MessageSend>();
    const code = /Your code (CART-\w+)/.exec(sent.subject ?? '')?.[1];
    expect(code, sent.subject ?? sent.reason ?? '').toBeDefined();
    const mail = (await call(h, ws.headers, 'GET', '/api/v1/outbox')).json<Page<OutboxMessage>>().data[0]!;
    expect((mail.message as { html: string }).html).toContain(`50 off with ${code}`);
    const order = await call(h, ws.headers, 'POST', '/api/v1/orders', { orderId: 'C-1', contact: { id: ann.id }, status: 'paid', couponCode: code!.toLowerCase(), total: 450, lines: [{ sku: 'TEA', quantity: 1, unitPrice: 500 }] });
    expect(order.statusCode, order.body).toBe(201);
    await h.processConversions();
    const [used] = (await call(h, ws.headers, 'GET', `/api/v1/coupon-pools/${p.id}/codes`)).json<Page<CouponCode>>().data;
    expect(used).toMatchObject({ code, contactId: ann.id });
    expect(used!.redeemedAt).not.toBeNull();
    expect(used!.orderId).toBe(order.json<{ id: string }>().id);
    expect((await call(h, ws.headers, 'POST', '/api/v1/messages', { contactId: ann.id, templateId: template.id, idempotencyKey: 'coupon-2', couponPoolId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
    // A contact whose message is skipped (no consent) does not use up a code.
    const bo = (await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: 'Bo', email: 'bo@tea.example' })).json<Contact>();
    const skipped = (await call(h, ws.headers, 'POST', '/api/v1/messages', { contactId: bo.id, templateId: template.id, idempotencyKey: 'coupon-3', couponPoolId: p.id })).json<MessageSend>();
    await h.processSends();
    expect((await call(h, ws.headers, 'GET', `/api/v1/messages/${skipped.id}`)).json<MessageSend>()).toMatchObject({ status: 'skipped' });
    expect((await call(h, ws.headers, 'GET', `/api/v1/coupon-pools/${p.id}`)).json()).toMatchObject({ codes: 1, issued: 1, redeemed: 1 });
  });

  it('edits a pool’s name, worth and expiry, but not its kind or prefix, and audits the change', async () => {
    const p = await pool({ name: 'Spring', kind: 'generated', prefix: 'SPRING', valueType: 'amount', value: 100, expiresAt: '2099-05-31T23:59:59+08:00' });
    const patch = (body: unknown) => call(h, ws.headers, 'PATCH', `/api/v1/coupon-pools/${p.id}`, body);
    const edited = await patch({ name: 'Spring sale', valueType: 'percent', value: 15, expiresAt: null });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ name: 'Spring sale', kind: 'generated', prefix: 'SPRING', valueType: 'percent', value: 15, expiresAt: null, validDays: null, archivedAt: null });
    expect((await call(h, ws.headers, 'GET', `/api/v1/coupon-pools/${p.id}`)).json()).toMatchObject({ name: 'Spring sale', value: 15, expiresAt: null });
    // A pool has one kind of expiry: setting one clears the other.
    expect((await patch({ validDays: 7 })).json()).toMatchObject({ validDays: 7, expiresAt: null });
    expect((await patch({ expiresAt: '2099-06-30T00:00:00+09:00' })).json()).toMatchObject({ validDays: null, expiresAt: '2099-06-29T15:00:00.000Z' });
    for (const bad of [{}, { prefix: 'OTHER' }, { kind: 'uploaded' }, { name: ' ' }, { value: 150 }, { expiresAt: '2099-06-30' }, { expiresAt: '2099-06-30T00:00:00Z', validDays: 3 }]) {
      const res = await patch(bad);
      expect(res.statusCode, `${JSON.stringify(bad)} → ${res.body}`).toBe(400);
    }
    expect((await call(h, ws.headers, 'PATCH', '/api/v1/coupon-pools/00000000-0000-4000-8000-000000000000', { name: 'Nobody' })).statusCode).toBe(404);
    const audit = (await call(h, ws.headers, 'GET', `/api/v1/audit-log?entity=coupon_pool&entityId=${p.id}`)).json<Page<AuditEntry>>().data;
    expect(audit.map((e) => e.action)).toEqual(['update', 'update', 'update', 'create']);
    expect(audit.at(-1)!.changes).toMatchObject({ name: { after: 'Spring' }, value: { after: 100 } });
    expect(audit.at(-2)!.changes).toMatchObject({ name: { before: 'Spring', after: 'Spring sale' }, value: { before: 100, after: 15 }, expiresAt: { after: null } });
  });

  it('an archived pool issues no new codes, so a message asking for one is skipped; unarchiving brings it back', async () => {
    const p = await pool({ name: 'Autumn', kind: 'generated', prefix: 'AUTUMN', valueType: 'amount', value: 30 });
    const issue = (key: string) => call(h, ws.headers, 'POST', `/api/v1/coupon-pools/${p.id}/issue`, { contactId: ann.id, issueKey: key });
    const listed = async (query: string) => (await call(h, ws.headers, 'GET', `/api/v1/coupon-pools${query}`)).json<Page<CouponPool>>().data.map((x) => x.id);
    const early = (await issue('before')).json<{ code: string }>();
    const archived = await call(h, ws.headers, 'POST', `/api/v1/coupon-pools/${p.id}/archive`);
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json<CouponPool>().archivedAt).not.toBeNull();
    expect(await listed('')).not.toContain(p.id);
    expect(await listed('?archived=true')).toContain(p.id);
    expect(await listed('?archived=false')).not.toContain(p.id);
    expect((await call(h, ws.headers, 'GET', '/api/v1/coupon-pools?archived=yes')).statusCode).toBe(400);

    const refused = await issue('after');
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ detail: string }>().detail).toBe('The coupon pool "Autumn" is archived');
    // A retry of an issue made before the archive still gets its code.
    expect((await issue('before')).json()).toEqual(early);
    const template = (
      await call(h, ws.headers, 'POST', '/api/v1/message-templates', {
        name: 'Autumn coupon',
        content: { channel: 'email', subject: 'Autumn {{ coupon.code }}', mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>{{ coupon.code }}</mj-text></mj-column></mj-section></mj-body></mjml>' },
      })
    ).json<MessageTemplate>();
    const send = (await call(h, ws.headers, 'POST', '/api/v1/messages', { contactId: ann.id, templateId: template.id, idempotencyKey: 'autumn-1', couponPoolId: p.id })).json<MessageSend>();
    await h.processSends();
    expect((await call(h, ws.headers, 'GET', `/api/v1/messages/${send.id}`)).json<MessageSend>()).toMatchObject({ status: 'skipped', reason: 'coupon_unavailable: The coupon pool "Autumn" is archived' });
    // A journey cannot be saved with it.
    const journey = await call(h, ws.headers, 'POST', '/api/v1/journey-recipes/winback', { couponPoolId: p.id });
    expect(journey.statusCode, journey.body).toBe(400);
    expect(journey.json<{ errors: { path: string; message: string }[] }>().errors).toEqual([{ path: 'couponPoolId', message: 'The coupon pool is archived; unarchive it or pick another' }]);
    // Nor a campaign.
    const list = (await call(h, ws.headers, 'POST', '/api/v1/segments', { name: 'Autumn list', kind: 'static' })).json<{ id: string }>().id;
    const campaign = await call(h, ws.headers, 'POST', '/api/v1/campaigns', { name: 'Autumn', audience: { include: [list] }, variants: [{ key: 'A', templateId: template.id }], couponPoolId: p.id });
    expect(campaign.statusCode, campaign.body).toBe(400);
    expect(campaign.json<{ errors: { path: string; message: string }[] }>().errors).toEqual([{ path: 'couponPoolId', message: 'The coupon pool is archived; unarchive it or pick another' }]);
    // Codes already out still redeem.
    await call(h, ws.headers, 'POST', '/api/v1/orders', { orderId: 'A-1', contact: { id: ann.id }, status: 'paid', couponCode: early.code, total: 70, lines: [{ sku: 'TEA', quantity: 1, unitPrice: 100 }] });
    await h.processConversions();
    expect((await call(h, ws.headers, 'GET', `/api/v1/coupon-pools/${p.id}`)).json()).toMatchObject({ issued: 1, redeemed: 1 });

    const restored = await call(h, ws.headers, 'POST', `/api/v1/coupon-pools/${p.id}/unarchive`);
    expect(restored.json<CouponPool>().archivedAt).toBeNull();
    expect(await listed('')).toContain(p.id);
    expect(await listed('?archived=true')).not.toContain(p.id);
    expect((await issue('after')).json<{ code: string }>().code).toMatch(/^AUTUMN-/);
    const audit = (await call(h, ws.headers, 'GET', `/api/v1/audit-log?entity=coupon_pool&entityId=${p.id}`)).json<Page<AuditEntry>>().data;
    expect(audit.map((e) => [e.action, Object.keys(e.changes).sort()])).toEqual([
      ['update', ['archivedAt']],
      ['update', ['archivedAt']],
      ['create', ['kind', 'name', 'prefix', 'value', 'valueType']],
    ]);
  });
});
