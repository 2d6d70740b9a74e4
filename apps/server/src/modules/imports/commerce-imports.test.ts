import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Import, ImportReject, Order, Page, Product } from '@rapport/contracts';
import { call, newWorkspace, startHarness, type Harness, type Session } from '../../test/harness.js';

let h: Harness;
let ws: Session;
beforeAll(async () => {
  h = await startHarness();
  ws = await newWorkspace(h);
});
afterAll(() => h.close());

async function importFile(entity: string, csv: string, options: Record<string, unknown>): Promise<Import> {
  const up = await h.app.inject({ method: 'POST', url: `/api/v1/imports?entity=${entity}&filename=${entity}.csv`, headers: { ...ws.headers, 'content-type': 'text/csv' }, payload: csv });
  expect(up.statusCode, up.body).toBe(201);
  const id = up.json<{ import: Import }>().import.id;
  const patch = await call(h, ws.headers, 'PATCH', `/api/v1/imports/${id}`, options);
  expect(patch.statusCode, patch.body).toBe(200);
  await call(h, ws.headers, 'POST', `/api/v1/imports/${id}/start`, { dryRun: false });
  await h.settled();
  return (await call(h, ws.headers, 'GET', `/api/v1/imports/${id}`)).json<Import>();
}

describe('product and order imports', () => {
  it('imports products by sku, and reports each bad row', async () => {
    const csv = ['SKU,Name,Category,Price,Stock', 'TEA-1,高山茶,Tea,450,12', 'TEA-2,Oolong,Tea,not-a-price,3', ',Nameless,,,', 'TEA-1,高山茶 (new),Tea,480,10'].join('\n');
    const done = await importFile('products', csv, { mapping: { SKU: 'sku', Name: 'name', Category: 'category', Price: 'price', Stock: 'stock' } });
    expect(done.status).toBe('completed');
    expect(done.counts).toEqual({ read: 4, created: 1, updated: 1, skipped: 0, rejected: 2 });
    const rejects = (await call(h, ws.headers, 'GET', `/api/v1/imports/${done.id}/rejects`)).json<{ data: ImportReject[] }>().data;
    expect(rejects.map((r) => r.reason.split(':')[0])).toEqual(['price', 'sku']);
    const products = (await call(h, ws.headers, 'GET', '/api/v1/products?q=TEA')).json<Page<Product>>().data;
    expect(products.map((p) => [p.sku, p.name, p.price, p.stock])).toEqual([['TEA-1', '高山茶 (new)', 480, 10]]);
  });

  it('groups the line rows of an order, reads local dates in the given zone, and refuses bad rows', async () => {
    const header = await h.app.inject({ method: 'POST', url: '/api/v1/imports?entity=orders&filename=o.csv', headers: { ...ws.headers, 'content-type': 'text/csv' }, payload: '訂單編號,訂單日期,會員編號,貨號,數量,單價\nX,2026-01-01,c,s,1,1\n' });
    expect(header.json<{ suggestedMapping: Record<string, string> }>().suggestedMapping).toEqual({
      訂單編號: 'orderId', 訂單日期: 'placedAt', 會員編號: 'contact.externalId', 貨號: 'line.sku', 數量: 'line.quantity', 單價: 'line.unitPrice',
    });
    const csv = [
      'Order,Date,Customer,SKU,Qty,Price',
      'T-1,2026-03-01 10:00,c-1,TEA-1,2,450',
      'T-1,2026-03-01 10:00,c-1,CUP-1,1,300',
      'T-2,yesterday,c-1,TEA-1,1,450',
      'T-3,2026-03-02 09:30,c-2,TEA-1,x,450',
    ].join('\n');
    const mapping = { Order: 'orderId', Date: 'placedAt', Customer: 'contact.externalId', SKU: 'line.sku', Qty: 'line.quantity', Price: 'line.unitPrice' };
    const done = await importFile('orders', csv, { mapping, currency: 'TWD', timezone: 'Asia/Taipei' });
    expect(done.counts).toEqual({ read: 4, created: 2, updated: 0, skipped: 0, rejected: 2 });
    const orders = (await call(h, ws.headers, 'GET', '/api/v1/orders')).json<Page<Order>>().data;
    expect(orders.map((o) => [o.orderId, o.total, o.currency, o.placedAt, o.lines.length])).toEqual([['T-1', 1200, 'TWD', '2026-03-01T02:00:00.000Z', 2]]);
    // The same file again adds no line twice.
    const again = await importFile('orders', csv, { mapping, currency: 'TWD', timezone: 'Asia/Taipei' });
    expect(again.counts).toEqual({ read: 4, created: 0, updated: 0, skipped: 2, rejected: 2 });
    const [t1] = (await call(h, ws.headers, 'GET', '/api/v1/orders')).json<Page<Order>>().data;
    expect([t1!.total, t1!.lines.length]).toEqual([1200, 2]);
    const bad = await call(h, ws.headers, 'PATCH', `/api/v1/imports/${done.id}`, { timezone: 'Mars/Olympus' });
    expect(bad.statusCode).toBe(400);
  });
});
