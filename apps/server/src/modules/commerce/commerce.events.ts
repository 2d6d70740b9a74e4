import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import type { ConsumedEvent, EventConsumer } from '../events/index.js';
import { markOrders, writeOrders, type OrderWrite } from './commerce.orders.js';
import { writeProducts, type ProductWrite } from './commerce.products.js';

const str = (v: unknown, max = 200) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : typeof v === 'number' ? String(v) : null);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v.trim() && Number.isFinite(Number(v)) ? Number(v) : undefined);
const currencyOf = (v: unknown) => {
  const c = str(v, 3)?.toUpperCase();
  return c && /^[A-Z]{3}$/.test(c) ? c : null;
};

/** A product as Segment's e-commerce spec describes it in an event. */
function productOf(p: Record<string, unknown>, currency: string | null): ProductWrite | null {
  const sku = str(p.sku, 100) ?? str(p.product_id, 100);
  if (!sku) return null;
  return { sku, name: str(p.name, 300), category: str(p.category), price: num(p.price) ?? null, currency: currencyOf(p.currency) ?? currency, url: str(p.url, 2000), imageUrl: str(p.image_url, 2000) };
}

function orderOf(e: ConsumedEvent): OrderWrite | null {
  const p = e.properties;
  const orderId = str(p.order_id) ?? str(p.orderId);
  if (!orderId) return null;
  const currency = currencyOf(p.currency);
  const items = Array.isArray(p.products) ? (p.products as Record<string, unknown>[]) : [];
  const total = num(p.total) ?? num(p.revenue) ?? num(p.value);
  return {
    orderId,
    contactId: e.contactId,
    status: 'paid',
    currency,
    subtotal: num(p.subtotal),
    discount: num(p.discount) ?? 0,
    shipping: num(p.shipping) ?? 0,
    tax: num(p.tax) ?? 0,
    total,
    couponCode: str(p.coupon, 100),
    channel: 'online',
    storeId: str(p.affiliation, 100),
    placedAt: e.timestamp,
    source: 'event',
    lines: items.flatMap((item, i) => {
      const product = typeof item === 'object' && item ? productOf(item, currency) : null;
      if (!product) return [];
      return [{ key: String(i + 1).padStart(4, '0'), sku: product.sku, name: product.name ?? null, category: product.category ?? null, quantity: num(item.quantity) ?? 1, unitPrice: num(item.price) ?? 0, discount: 0 }];
    }),
    linesMode: 'replace',
  };
}

/**
 * Orders and products from Segment e-commerce events: Order Completed and Order Updated create or
 * update the order (with its products), Order Refunded and Order Cancelled change its status, and
 * product events keep the catalogue current.
 */
export const commerceEventConsumer: EventConsumer = {
  names: ['Order Completed', 'Order Updated', 'Order Refunded', 'Order Cancelled', 'Product Viewed', 'Product Added', 'Product Clicked', 'Product Removed', 'Product List Viewed', 'Cart Viewed', 'Checkout Started'],
  consume: async (tx: Db, ctx: Ctx, events: ConsumedEvent[]) => {
    const orders = new Map<string, OrderWrite>();
    const marks: Parameters<typeof markOrders>[2] = [];
    const products: ProductWrite[] = [];
    for (const e of events) {
      const p = e.properties;
      const currency = currencyOf(p.currency);
      if (e.name === 'Order Completed' || e.name === 'Order Updated') {
        const o = orderOf(e);
        if (o) orders.set(o.orderId, o);
      } else if (e.name === 'Order Refunded' || e.name === 'Order Cancelled') {
        const orderId = str(p.order_id) ?? str(p.orderId);
        if (orderId) marks.push({ orderId, status: e.name === 'Order Refunded' ? 'refunded' : 'cancelled', refunded: num(p.total) ?? num(p.value) });
      }
      const listed = Array.isArray(p.products) ? (p.products as Record<string, unknown>[]) : [p];
      for (const item of listed) {
        const product = typeof item === 'object' && item ? productOf(item, currency) : null;
        if (product) products.push(product);
      }
    }
    if (products.length) await writeProducts(tx, ctx.workspaceId, products);
    if (orders.size) await writeOrders(tx, ctx.workspaceId, [...orders.values()]);
    // After the orders: a refund may arrive in the same chunk as its order.
    await markOrders(tx, ctx.workspaceId, marks);
  },
};
