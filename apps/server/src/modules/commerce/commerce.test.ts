import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, ContactTraits, Order, Page, Product, Source, TimelineEntry } from '@rapport/contracts';
import { call, contactsByExternalId, newWorkspace, startHarness, writeKeyAuth, type Harness, type Session } from '../../test/harness.js';

let h: Harness;
let ws: Session;
let source: Source;
const traitsOf = async (id: string) => (await call(h, ws.headers, 'GET', `/api/v1/contacts/${id}/traits`)).json<ContactTraits>();
const send = async (batch: Record<string, unknown>[]) => {
  const res = await call(h, writeKeyAuth(source.writeKey), 'POST', '/v1/batch', { batch });
  expect(res.statusCode, res.body).toBe(200);
  await h.processEvents();
};

beforeAll(async () => {
  h = await startHarness();
  ws = await newWorkspace(h);
  source = (await call(h, ws.headers, 'POST', '/api/v1/sources', { name: 'Shop' })).json<Source>();
});
afterAll(() => h.close());

describe('orders and products', () => {
  it('takes an order through the API, finds its contact by email, and keeps the traits current', async () => {
    const contact = (await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: '美玲', email: 'mei@example.com' })).json<Contact>();
    const res = await call(h, ws.headers, 'POST', '/api/v1/orders', {
      orderId: 'A-1001',
      contact: { email: 'MEI@example.com' },
      status: 'paid',
      currency: 'TWD',
      discount: 100,
      shipping: 60,
      couponCode: 'SPRING',
      placedAt: '2026-03-01T10:00:00+08:00',
      lines: [
        { sku: 'TEA-1', name: '高山茶', category: 'Tea', quantity: 2, unitPrice: 450 },
        { sku: 'CUP-1', name: 'Cup', category: 'Ware', quantity: 1, unitPrice: 300 },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const order = res.json<Order>();
    expect(order).toMatchObject({ contactId: contact.id, subtotal: 1200, total: 1160, netRevenue: 1160, couponCode: 'SPRING' });
    await call(h, ws.headers, 'POST', '/api/v1/orders', { orderId: 'A-1002', contact: { id: contact.id }, status: 'paid', total: 500, placedAt: '2026-03-05T10:00:00Z', lines: [{ sku: 'TEA-1', quantity: 1, unitPrice: 500 }] });
    // A refund takes revenue back; a cancelled order never counted.
    await call(h, ws.headers, 'POST', '/api/v1/orders', { orderId: 'A-1002', contact: { id: contact.id }, status: 'refunded', total: 500, refunded: 200, placedAt: '2026-03-05T10:00:00Z' });
    await call(h, ws.headers, 'POST', '/api/v1/orders', { orderId: 'A-1003', contact: { id: contact.id }, status: 'cancelled', total: 999, placedAt: '2026-03-06T10:00:00Z' });
    const t = await traitsOf(contact.id);
    expect(t).toMatchObject({ orderCount: 2, revenue: 1460, averageOrderValue: 730, favouriteCategory: 'Tea', firstOrderAt: '2026-03-01T02:00:00.000Z' });
    const list = (await call(h, ws.headers, 'GET', `/api/v1/orders?contactId=${contact.id}`)).json<Page<Order>>().data;
    expect(list.map((o) => o.orderId)).toEqual(['A-1003', 'A-1002', 'A-1001']);
    const tl = (await call(h, ws.headers, 'GET', `/api/v1/contacts/${contact.id}/timeline?kinds=order`)).json<Page<TimelineEntry>>().data;
    expect(tl.map((e) => e.data.orderId)).toEqual(['A-1003', 'A-1002', 'A-1001']);
    const products = (await call(h, ws.headers, 'GET', '/api/v1/products?q=tea')).json<Page<Product>>().data;
    expect(products.map((p) => [p.sku, p.name, p.category])).toEqual([['TEA-1', '高山茶', 'Tea']]);
  });

  it('refuses bad orders with the reason', async () => {
    const res = await call(h, ws.headers, 'POST', '/api/v1/orders', { orderId: '', lines: [{ sku: 'X', quantity: 'two', unitPrice: 1 }] });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path).sort()).toEqual(['lines.0.quantity', 'orderId']);
    const ghost = await call(h, ws.headers, 'POST', '/api/v1/orders', { orderId: 'G-1', contact: { id: '00000000-0000-4000-8000-000000000000' } });
    expect(ghost.statusCode).toBe(400);
  });

  it('turns Segment e-commerce events into orders, refunds and products, and tracks what was viewed and where they came from', async () => {
    await send([
      { type: 'page', anonymousId: 'shop-1', name: 'Home', context: { campaign: { source: 'line', medium: 'social', name: 'spring' } }, timestamp: '2026-04-01T00:00:00Z' },
      { type: 'track', anonymousId: 'shop-1', event: 'Product Viewed', properties: { product_id: 'P-9', sku: 'P-9', name: 'Oolong', category: 'Tea', price: 380, url: 'https://shop.example/p/9' }, timestamp: '2026-04-01T00:01:00Z' },
      { type: 'identify', anonymousId: 'shop-1', userId: 'buyer-1', traits: { email: 'buyer@example.com' }, timestamp: '2026-04-01T00:02:00Z' },
      {
        type: 'track',
        userId: 'buyer-1',
        event: 'Order Completed',
        properties: { order_id: 'W-1', total: 760, currency: 'TWD', coupon: 'WELCOME', products: [{ product_id: 'P-9', sku: 'P-9', name: 'Oolong', category: 'Tea', price: 380, quantity: 2 }] },
        timestamp: '2026-04-01T00:05:00Z',
      },
      { type: 'track', userId: 'buyer-1', event: 'Order Completed', properties: { order_id: 'W-2', total: 300, currency: 'TWD' }, timestamp: '2026-04-02T00:00:00Z' },
      { type: 'track', userId: 'buyer-1', event: 'Order Refunded', properties: { order_id: 'W-2' }, timestamp: '2026-04-03T00:00:00Z' },
    ]);
    const [buyer] = await contactsByExternalId(h, ws, 'buyer-1');
    const orders = (await call(h, ws.headers, 'GET', `/api/v1/orders?contactId=${buyer!.id}`)).json<Page<Order>>().data;
    expect(orders.map((o) => [o.orderId, o.status, o.total, o.netRevenue, o.source])).toEqual([
      ['W-2', 'refunded', 300, 0, 'event'],
      ['W-1', 'paid', 760, 760, 'event'],
    ]);
    expect(orders[1]!.lines).toEqual([expect.objectContaining({ sku: 'P-9', quantity: 2, unitPrice: 380, total: 760 })]);
    const t = await traitsOf(buyer!.id);
    expect(t).toMatchObject({
      orderCount: 2,
      revenue: 760,
      firstSeenAt: '2026-04-01T00:00:00.000Z',
      lastSeenAt: '2026-04-03T00:00:00.000Z',
      acquisition: { source: 'line', medium: 'social', campaign: 'spring' },
      favouriteCategory: 'Tea',
    });
    expect(t.lastViewedProducts.map((p) => p.sku)).toEqual(['P-9']);
    const product = (await call(h, ws.headers, 'GET', '/api/v1/products?q=P-9')).json<Page<Product>>().data[0];
    expect(product).toMatchObject({ name: 'Oolong', price: 380, url: 'https://shop.example/p/9' });
  });
});
