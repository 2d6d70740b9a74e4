import { and, asc, desc, eq, ilike, inArray, lt, sql } from 'drizzle-orm';
import type { Order, OrderInput, Page, Product, ProductInput } from '@rapport/contracts';
import { orderInputSchema, productInputSchema } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { withWorkspace, type Db } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { decodeCursor, encodeCursor, isUuid } from '../../platform/pagination.js';
import { beforeKey, microsOf, type TimelineSource } from '../../platform/timeline.js';
import { resolveContacts } from './commerce.contacts.js';
import { writeOrders } from './commerce.orders.js';
import { writeProducts } from './commerce.products.js';
import { orderLines, orders, products } from './commerce.schema.js';

type OrderRow = typeof orders.$inferSelect;
type ProductRow = typeof products.$inferSelect;

const toProduct = (r: ProductRow): Product => ({
  id: r.id,
  sku: r.sku,
  name: r.name,
  category: r.category,
  price: r.price === null ? null : Number(r.price),
  currency: r.currency,
  imageUrl: r.imageUrl,
  url: r.url,
  stock: r.stock,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

const netOf = (r: OrderRow) => (r.status === 'cancelled' ? Math.min(Number(r.total), 0) : Number(r.total) - Number(r.refunded));

async function loadOrders(tx: Db, workspaceId: string, rows: OrderRow[]): Promise<Order[]> {
  const lines = rows.length
    ? await tx
        .select()
        .from(orderLines)
        .where(and(eq(orderLines.workspaceId, workspaceId), inArray(orderLines.orderPk, rows.map((r) => r.id))))
        .orderBy(asc(orderLines.lineKey))
    : [];
  return rows.map((r) => ({
    id: r.id,
    orderId: r.orderId,
    contactId: r.contactId,
    status: r.status as Order['status'],
    currency: r.currency,
    subtotal: Number(r.subtotal),
    discount: Number(r.discount),
    shipping: Number(r.shipping),
    tax: Number(r.tax),
    total: Number(r.total),
    refunded: Number(r.refunded),
    netRevenue: Math.round(netOf(r) * 10000) / 10000,
    couponCode: r.couponCode,
    channel: r.channel as Order['channel'],
    storeId: r.storeId,
    source: r.source as Order['source'],
    placedAt: r.placedAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    lines: lines
      .filter((l) => l.orderPk === r.id)
      .map((l) => ({ sku: l.sku, name: l.name, category: l.category, quantity: Number(l.quantity), unitPrice: Number(l.unitPrice), discount: Number(l.discount), total: Number(l.total) })),
  }));
}

/** Creates or replaces an order by its order id, with its lines; finds or creates its contact. */
export async function upsertOrder(ctx: Ctx, input: OrderInput): Promise<{ order: Order; isNew: boolean }> {
  const o = orderInputSchema.parse(input);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const [contactId] = await resolveContacts(tx, ctx, [o.contact]);
    if (o.contact?.id && !contactId) throw new AppError('validation_failed', 'contact.id: no such contact in this workspace', { errors: [{ path: 'contact.id', message: 'No such contact' }] });
    const { orders: [written] } = await writeOrders(tx, ctx.workspaceId, [
      {
        orderId: o.orderId,
        contactId: contactId ?? null,
        status: o.status,
        currency: o.currency ?? null,
        subtotal: o.subtotal,
        discount: o.discount ?? 0,
        shipping: o.shipping ?? 0,
        tax: o.tax ?? 0,
        total: o.total,
        refunded: o.refunded,
        couponCode: o.couponCode ?? null,
        channel: o.channel,
        storeId: o.storeId ?? null,
        placedAt: o.placedAt ?? new Date().toISOString(),
        source: 'api',
        lines: o.lines.map((l, i) => ({ key: String(i + 1).padStart(4, '0'), sku: l.sku, name: l.name ?? null, category: l.category ?? null, quantity: l.quantity, unitPrice: l.unitPrice, discount: l.discount ?? 0 })),
        linesMode: 'replace',
      },
    ]);
    if (o.lines.length) await writeProducts(tx, ctx.workspaceId, o.lines.map((l) => ({ sku: l.sku, name: l.name, category: l.category })));
    const rows = await tx.select().from(orders).where(and(eq(orders.workspaceId, ctx.workspaceId), eq(orders.id, written!.id)));
    return { order: (await loadOrders(tx, ctx.workspaceId, rows))[0]!, isNew: written!.isNew };
  });
}

export function getOrder(ctx: Ctx, id: string): Promise<Order> {
  if (!isUuid(id)) throw notFound('Order');
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const rows = await tx.select().from(orders).where(and(eq(orders.workspaceId, ctx.workspaceId), eq(orders.id, id)));
    if (!rows.length) throw notFound('Order');
    return (await loadOrders(tx, ctx.workspaceId, rows))[0]!;
  });
}

/** Orders, newest placed first. */
export function listOrders(ctx: Ctx, q: { contactId?: string | undefined; status?: Order['status'] | undefined; limit: number; cursor?: string | undefined }): Promise<Page<Order>> {
  const after = decodeCursor(q.cursor, (k) => /^\d{1,20}\|[0-9a-f-]{36}$/.test(k));
  if (q.contactId !== undefined && !isUuid(q.contactId)) return Promise.resolve({ data: [], nextCursor: null });
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const [us, id] = after ? after.split('|') : [];
    const rows = await tx
      .select()
      .from(orders)
      .where(
        and(
          eq(orders.workspaceId, ctx.workspaceId),
          q.contactId ? eq(orders.contactId, q.contactId) : undefined,
          q.status ? eq(orders.status, q.status) : undefined,
          after ? sql`(${microsOf(orders.placedAt)}, ${orders.id}) < (${us}::bigint, ${id}::uuid)` : undefined,
        ),
      )
      .orderBy(desc(orders.placedAt), desc(orders.id))
      .limit(q.limit + 1);
    const page = rows.slice(0, q.limit);
    const last = page[page.length - 1];
    const lastUs = last ? BigInt(last.placedAt.getTime()) * 1000n : 0n;
    return {
      data: await loadOrders(tx, ctx.workspaceId, page),
      // Millisecond cursor: placed_at comes from JSON or files, which carry no finer time.
      nextCursor: rows.length > q.limit && last ? encodeCursor(`${lastUs}|${last.id}`) : null,
    };
  });
}

export function upsertProduct(ctx: Ctx, input: ProductInput): Promise<{ product: Product; isNew: boolean }> {
  const p = productInputSchema.parse(input);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const [w] = await writeProducts(tx, ctx.workspaceId, [p]);
    const [row] = await tx.select().from(products).where(and(eq(products.workspaceId, ctx.workspaceId), eq(products.id, w!.id)));
    return { product: toProduct(row!), isNew: w!.isNew };
  });
}

export function listProducts(ctx: Ctx, q: { q?: string | undefined; limit: number; cursor?: string | undefined }): Promise<Page<Product>> {
  const after = decodeCursor(q.cursor, isUuid);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const like = q.q ? `%${q.q.replace(/[%_\\]/g, '\\$&')}%` : null;
    const rows = await tx
      .select()
      .from(products)
      .where(and(eq(products.workspaceId, ctx.workspaceId), like ? sql`(${ilike(products.sku, like)} or ${ilike(products.name, like)})` : undefined, after ? lt(products.id, after) : undefined))
      .orderBy(desc(products.id))
      .limit(q.limit + 1);
    const page = rows.slice(0, q.limit);
    return { data: page.map(toProduct), nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]!.id) : null };
  });
}

export function getProduct(ctx: Ctx, id: string): Promise<Product> {
  if (!isUuid(id)) throw notFound('Product');
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const [row] = await tx.select().from(products).where(and(eq(products.workspaceId, ctx.workspaceId), eq(products.id, id)));
    if (!row) throw notFound('Product');
    return toProduct(row);
  });
}

/** Orders on contact timelines. */
export const orderTimelineSource: TimelineSource = {
  kind: 'order',
  entities: ['contact'],
  fetch: async (tx, workspaceId, ref, before, limit) => {
    const rows = await tx
      .select({ row: orders, us: microsOf(orders.placedAt) })
      .from(orders)
      .where(and(eq(orders.workspaceId, workspaceId), eq(orders.contactId, ref.id), beforeKey('order', orders.placedAt, orders.id, before)))
      .orderBy(desc(orders.placedAt), desc(orders.id))
      .limit(limit);
    return rows.map(({ row, us }) => ({
      id: `order:${row.id}`,
      kind: 'order',
      us: BigInt(us),
      actorLabel: null,
      data: { orderPk: row.id, orderId: row.orderId, status: row.status, total: Number(row.total), netRevenue: netOf(row), currency: row.currency, channel: row.channel },
    }));
  },
};
