import { sql } from 'drizzle-orm';
import { boolean, index, integer, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { workspaces } from '../../platform/auth/schema.js';

const tenant = () =>
  text('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const money = (name: string) => numeric(name, { precision: 18, scale: 4, mode: 'number' });

export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey(),
    workspaceId: tenant(),
    sku: text('sku').notNull(),
    name: text('name'),
    category: text('category'),
    price: money('price'),
    currency: text('currency'),
    imageUrl: text('image_url'),
    url: text('url'),
    stock: integer('stock'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('products_sku_uq').on(t.workspaceId, t.sku), index('products_workspace_idx').on(t.workspaceId, t.id)],
);

export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey(),
    workspaceId: tenant(),
    /** The order's number in the shop that sent it; unique per workspace. */
    orderId: text('order_id').notNull(),
    contactId: uuid('contact_id'),
    status: text('status').notNull(),
    currency: text('currency'),
    subtotal: money('subtotal').notNull().default(0),
    discount: money('discount').notNull().default(0),
    shipping: money('shipping').notNull().default(0),
    tax: money('tax').notNull().default(0),
    total: money('total').notNull().default(0),
    refunded: money('refunded').notNull().default(0),
    /** Whether the sender gave subtotal and total; otherwise they follow the lines. */
    hasExplicitTotals: boolean('has_explicit_totals').notNull().default(false),
    couponCode: text('coupon_code'),
    channel: text('channel').notNull(),
    storeId: text('store_id'),
    source: text('source').notNull(),
    placedAt: at('placed_at').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('orders_order_id_uq').on(t.workspaceId, t.orderId),
    index('orders_contact_idx').on(t.workspaceId, t.contactId, t.placedAt),
    index('orders_placed_idx').on(t.workspaceId, t.placedAt),
    index('orders_coupon_idx').on(t.workspaceId, t.couponCode).where(sql`${t.couponCode} is not null`),
  ],
);

export const orderLines = pgTable(
  'order_lines',
  {
    id: uuid('id').primaryKey(),
    workspaceId: tenant(),
    orderPk: uuid('order_pk')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    /** Unique within the order: its position, or the import row it came from, so a resumed import adds it once. */
    lineKey: text('line_key').notNull(),
    sku: text('sku').notNull(),
    name: text('name'),
    category: text('category'),
    quantity: numeric('quantity', { precision: 14, scale: 3, mode: 'number' }).notNull(),
    unitPrice: money('unit_price').notNull(),
    discount: money('discount').notNull().default(0),
    total: money('total').notNull(),
  },
  (t) => [
    uniqueIndex('order_lines_key_uq').on(t.orderPk, t.lineKey),
    index('order_lines_sku_idx').on(t.workspaceId, t.sku),
    // Favourite categories read only the lines that have one.
    index('order_lines_category_idx').on(t.orderPk).where(sql`${t.category} is not null`),
  ],
);
