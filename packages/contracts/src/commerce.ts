import { z } from 'zod';
import { pageQuerySchema } from './common.js';

export const orderStatuses = ['placed', 'paid', 'fulfilled', 'cancelled', 'refunded'] as const;
export const orderChannels = ['online', 'offline', 'store'] as const;

const money = z.coerce.number().finite().min(-1e12).max(1e12);
const currency = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'A three-letter currency code such as TWD');
const text = (max: number) => z.string().trim().min(1).max(max);

export const productInputSchema = z
  .object({
    sku: text(100),
    name: text(300).nullable().optional(),
    category: text(200).nullable().optional(),
    price: money.nullable().optional(),
    currency: currency.nullable().optional(),
    imageUrl: z.url().max(2000).nullable().optional(),
    url: z.url().max(2000).nullable().optional(),
    stock: z.coerce.number().int().min(-1e9).max(1e9).nullable().optional(),
  })
  .strict();
export type ProductInput = z.input<typeof productInputSchema>;

export const productSchema = z.object({
  id: z.string(),
  sku: z.string(),
  name: z.string().nullable(),
  category: z.string().nullable(),
  price: z.number().nullable(),
  currency: z.string().nullable(),
  imageUrl: z.string().nullable(),
  url: z.string().nullable(),
  stock: z.number().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Product = z.infer<typeof productSchema>;

export const orderLineInputSchema = z
  .object({
    sku: text(100),
    name: text(300).nullable().optional(),
    category: text(200).nullable().optional(),
    quantity: z.coerce.number().finite().min(-1e9).max(1e9),
    unitPrice: money,
    discount: money.optional(),
  })
  .strict();

/** Who placed an order: a contact id, or a key to find (or create) the contact by. */
export const orderContactSchema = z
  .object({
    id: z.uuid().optional(),
    externalId: text(200).optional(),
    email: z.email().max(254).toLowerCase().optional(),
  })
  .strict();

export const orderInputSchema = z
  .object({
    orderId: text(200),
    contact: orderContactSchema.optional(),
    status: z.enum(orderStatuses).default('placed'),
    currency: currency.optional(),
    /** Sum of the lines when absent. */
    subtotal: money.optional(),
    discount: money.optional(),
    shipping: money.optional(),
    tax: money.optional(),
    /** subtotal − discount + shipping + tax when absent. */
    total: money.optional(),
    /** The part of the total paid back. */
    refunded: money.optional(),
    couponCode: text(100).nullable().optional(),
    channel: z.enum(orderChannels).default('online'),
    storeId: text(100).nullable().optional(),
    placedAt: z.iso.datetime({ offset: true }).optional(),
    lines: z.array(orderLineInputSchema).max(1000).default([]),
  })
  .strict();
export type OrderInput = z.input<typeof orderInputSchema>;

export const orderLineSchema = z.object({
  sku: z.string(),
  name: z.string().nullable(),
  category: z.string().nullable(),
  quantity: z.number(),
  unitPrice: z.number(),
  discount: z.number(),
  total: z.number(),
});

export const orderSchema = z.object({
  id: z.string(),
  orderId: z.string(),
  contactId: z.string().nullable(),
  status: z.enum(orderStatuses),
  currency: z.string().nullable(),
  subtotal: z.number(),
  discount: z.number(),
  shipping: z.number(),
  tax: z.number(),
  total: z.number(),
  refunded: z.number(),
  /** What the order adds to revenue: total − refunded; a cancelled order adds nothing, a cancellation note (negative) subtracts. */
  netRevenue: z.number(),
  couponCode: z.string().nullable(),
  channel: z.enum(orderChannels),
  storeId: z.string().nullable(),
  source: z.enum(['api', 'import', 'event']),
  placedAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  lines: z.array(orderLineSchema),
});
export type Order = z.infer<typeof orderSchema>;

export const listOrdersQuerySchema = pageQuerySchema.extend({
  contactId: z.string().max(64).optional(),
  status: z.enum(orderStatuses).optional(),
});

export const listProductsQuerySchema = pageQuerySchema.extend({ q: z.string().trim().max(200).optional() });

/** Kept current as events and orders arrive; shown in the profile header. */
export const contactTraitsSchema = z.object({
  firstSeenAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
  firstOrderAt: z.string().nullable(),
  lastOrderAt: z.string().nullable(),
  orderCount: z.number().int(),
  /** Net of refunds and cancellations, in the workspace's order currency. */
  revenue: z.number(),
  averageOrderValue: z.number().nullable(),
  daysSinceLastOrder: z.number().int().nullable(),
  favouriteCategory: z.string().nullable(),
  lastViewedProducts: z.array(z.object({ sku: z.string(), name: z.string().nullable(), at: z.string() })),
  acquisition: z.object({ source: z.string().nullable(), medium: z.string().nullable(), campaign: z.string().nullable() }),
});
export type ContactTraits = z.infer<typeof contactTraitsSchema>;
