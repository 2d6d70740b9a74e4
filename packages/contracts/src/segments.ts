import { z } from 'zod';
import { fieldDescriptorSchema, filterConditionSchema, maxFilterDepth } from './filters.js';
import { orderChannels, orderStatuses } from './commerce.js';

/**
 * The segment definition language: the filter language of views (profile conditions in AND / OR
 * groups that may be negated) plus behavioural, commerce, engagement, model, membership and
 * random-bucket conditions. The UI builder, the API and the engine share these schemas; the server
 * compiles a definition to one parameterised SQL condition over contacts.
 *
 * New kinds of condition join `segmentConditionSchema`'s union and the server's compiler registry;
 * stored definitions stay valid because every node names its kind in `type`.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date as YYYY-MM-DD');

/** The longest look-back a window may have: ten years. */
export const maxWindowDays = 3650;

/** When events or orders count: ever, the last N days, or between two dates (inclusive). */
export const segmentWindowSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ever') }).strict(),
  z.object({ kind: z.literal('last_days'), days: z.number().int().min(1).max(maxWindowDays) }).strict(),
  z
    .object({ kind: z.literal('between'), from: isoDate, to: isoDate })
    .strict()
    .refine((w) => w.from <= w.to, { message: 'The window ends before it starts', path: ['to'] }),
]);
export type SegmentWindow = z.infer<typeof segmentWindowSchema>;

/** Operators on an event property. Text compares case-insensitively; numbers numerically. */
export const propertyOperators = ['eq', 'neq', 'contains', 'starts_with', 'in', 'not_in', 'gt', 'gte', 'lt', 'lte', 'is_set', 'is_not_set'] as const;
const propertyScalar = z.union([z.string().max(500), z.number().finite(), z.boolean()]);

export const propertyFilterSchema = z
  .object({
    /** A key of the event's properties; dots reach into objects ("product.category"). */
    property: z
      .string()
      .min(1)
      .max(100)
      .regex(/^[^.]+(\.[^.]+){0,3}$/, 'A property key, or up to four keys joined by dots'),
    op: z.enum(propertyOperators),
    value: z.union([propertyScalar, z.array(propertyScalar).min(1).max(500), z.null()]).optional(),
  })
  .strict();
export type PropertyFilter = z.infer<typeof propertyFilterSchema>;

/**
 * Events of Segment's e-commerce and lifecycle specs. Conditions may name them before the first one
 * arrives (a shop sets up its cart-abandonment segment before launch); other names must have been
 * received, so a typo is caught.
 */
export const wellKnownEvents = [
  'Products Searched', 'Product List Viewed', 'Product List Filtered', 'Promotion Viewed', 'Promotion Clicked',
  'Product Clicked', 'Product Viewed', 'Product Added', 'Product Removed', 'Cart Viewed', 'Checkout Started',
  'Checkout Step Viewed', 'Checkout Step Completed', 'Payment Info Entered', 'Order Updated', 'Order Completed',
  'Order Refunded', 'Order Cancelled', 'Coupon Entered', 'Coupon Applied', 'Coupon Denied', 'Coupon Removed',
  'Product Added to Wishlist', 'Product Removed from Wishlist', 'Wishlist Product Added to Cart', 'Product Shared',
  'Cart Shared', 'Product Reviewed', 'Signed Up', 'Signed In', 'Signed Out', 'Form Submitted',
] as const;

/** Event types a behavioural condition may name; `track` unless said otherwise. */
export const segmentEventTypes = ['track', 'page', 'screen', 'identify'] as const;

/** Which events a behavioural condition looks at: a name (a page name for pages) and property filters. */
const eventRef = {
  event: z.string().min(1).max(200),
  eventType: z.enum(segmentEventTypes).optional(),
  where: z.array(propertyFilterSchema).max(20).optional(),
};

export const countOperators = ['gte', 'lte', 'eq'] as const;
export const compareOperators = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'between'] as const;
const compareValue = z.union([z.number().finite(), z.tuple([z.number().finite(), z.number().finite()])]);

/** Performed an event at least, at most or exactly N times in a window; `eq 0` is "did not perform". */
export const eventConditionSchema = z
  .object({
    type: z.literal('event'),
    ...eventRef,
    count: z.object({ op: z.enum(countOperators), value: z.number().int().min(0).max(1_000_000) }).strict(),
    window: segmentWindowSchema,
  })
  .strict();

/** When an event was first or last performed: before or after a date, within or more than N days ago. */
export const eventTimeConditionSchema = z
  .object({
    type: z.literal('event_time'),
    ...eventRef,
    which: z.enum(['first', 'last']),
    op: z.enum(['before', 'after', 'within_last_days', 'before_last_days']),
    /** A date for before/after, a number of days otherwise. */
    value: z.union([isoDate, z.number().int().min(0).max(36500)]),
  })
  .strict();

/**
 * The abandonment pattern: performed `first` in the window and then did not perform `then` within
 * N hours of the last time (or, with `thenPerformed`, did). Only a `first` at least N hours old
 * counts as abandoned, so a cart is not called abandoned while its buyer is still paying.
 */
export const eventSequenceConditionSchema = z
  .object({
    type: z.literal('event_sequence'),
    first: z.object(eventRef).strict(),
    then: z.object(eventRef).strict(),
    thenPerformed: z.boolean().default(false),
    withinHours: z.number().int().min(1).max(24 * 90),
    window: segmentWindowSchema,
  })
  .strict();

export const aggregateFunctions = ['sum', 'avg', 'min', 'max', 'count_distinct'] as const;

/** An aggregate of an event property over a window, compared with a value. */
export const eventAggregateConditionSchema = z
  .object({
    type: z.literal('event_aggregate'),
    ...eventRef,
    property: z.string().min(1).max(100),
    agg: z.enum(aggregateFunctions),
    window: segmentWindowSchema,
    op: z.enum(compareOperators),
    value: compareValue,
  })
  .strict();

export const orderMetrics = ['count', 'revenue', 'aov', 'days_since_last'] as const;

/** Order count, net revenue or average order value in a window; days since the last order. */
export const ordersConditionSchema = z
  .object({
    type: z.literal('orders'),
    metric: z.enum(orderMetrics),
    /** Ignored by days_since_last. */
    window: segmentWindowSchema.default({ kind: 'ever' }),
    /** Only orders in these statuses ("paid", "fulfilled"); all but cancelled when absent. */
    statuses: z.array(z.enum(orderStatuses)).min(1).optional(),
    op: z.enum(compareOperators),
    value: compareValue,
  })
  .strict();

/** Bought any of these products, categories or skus in a window (negate it in a NOT group for "did not buy"). */
export const boughtConditionSchema = z
  .object({
    type: z.literal('bought'),
    by: z.enum(['sku', 'category', 'product_name']),
    values: z.array(z.string().min(1).max(200)).min(1).max(500),
    window: segmentWindowSchema,
  })
  .strict();

/** Used a coupon (any, or one of these codes) in a window. */
export const couponConditionSchema = z
  .object({
    type: z.literal('coupon'),
    codes: z.array(z.string().min(1).max(100)).max(500).default([]),
    window: segmentWindowSchema,
  })
  .strict();

/** Ordered through a channel (and, for stores, one of these stores) in a window. */
export const orderChannelConditionSchema = z
  .object({
    type: z.literal('order_channel'),
    channels: z.array(z.enum(orderChannels)).min(1),
    storeIds: z.array(z.string().min(1).max(100)).max(500).optional(),
    window: segmentWindowSchema,
  })
  .strict();

/**
 * Messaging engagement. Messaging records each engagement in the event store under these names
 * (properties: channel, campaign_id, journey_id, message_id), so these conditions read events.
 */
export const messageEventNames = {
  received: 'Message Delivered',
  opened: 'Message Opened',
  clicked: 'Message Clicked',
  unsubscribed: 'Unsubscribed',
  bounced: 'Message Bounced',
} as const;
export const messageActions = Object.keys(messageEventNames) as (keyof typeof messageEventNames)[];
export const messageChannels = ['email', 'sms', 'line', 'webhook'] as const;

export const messageConditionSchema = z
  .object({
    type: z.literal('message'),
    action: z.enum(['received', 'opened', 'clicked', 'unsubscribed', 'bounced']),
    channel: z.enum(messageChannels).optional(),
    campaignId: z.string().min(1).max(100).optional(),
    journeyId: z.string().min(1).max(100).optional(),
    count: z
      .object({ op: z.enum(countOperators), value: z.number().int().min(0).max(1_000_000) })
      .strict()
      .default({ op: 'gte', value: 1 }),
    window: segmentWindowSchema,
  })
  .strict();

/**
 * The output of a model: "rfm.r", "rfm.f", "rfm.m", "rfm.score", "rfm.group", "nasld.state",
 * "nasld.cycleDays" and, later, predictions. The server publishes the fields it has, with their
 * types and operators, as it does for profile fields.
 */
export const modelConditionSchema = z
  .object({
    type: z.literal('model'),
    field: z.string().min(1).max(100),
    op: filterConditionSchema.shape.op,
    value: filterConditionSchema.shape.value,
  })
  .strict();

/** Member (or not) of another segment or list, as it stands now. */
export const membershipConditionSchema = z
  .object({
    type: z.literal('segment'),
    segmentId: z.string().uuid(),
    member: z.boolean().default(true),
  })
  .strict();

/**
 * A stable random bucket: each contact falls in one of 100 buckets by a hash of its id and the
 * salt, so "buckets 0–9" is a steady 10% holdout that a second salt reshuffles.
 */
export const randomConditionSchema = z
  .object({
    type: z.literal('random'),
    from: z.number().int().min(0).max(99),
    to: z.number().int().min(0).max(99),
    salt: z.string().max(100).default(''),
  })
  .strict()
  .refine((r) => r.from <= r.to, { message: 'The first bucket comes after the last', path: ['to'] });

/** A leaf of a segment definition. Profile conditions are the filter language's own. */
export const segmentConditionSchema = z.discriminatedUnion('type', [
  filterConditionSchema,
  eventConditionSchema,
  eventTimeConditionSchema,
  eventSequenceConditionSchema,
  eventAggregateConditionSchema,
  ordersConditionSchema,
  boughtConditionSchema,
  couponConditionSchema,
  orderChannelConditionSchema,
  messageConditionSchema,
  modelConditionSchema,
  membershipConditionSchema,
  randomConditionSchema,
]);
export type SegmentCondition = z.infer<typeof segmentConditionSchema>;
export type SegmentConditionType = SegmentCondition['type'];

export interface SegmentGroup {
  type: 'group';
  combinator: 'and' | 'or';
  negate?: boolean | undefined;
  children: SegmentNode[];
}
export type SegmentNode = SegmentCondition | SegmentGroup;

export const segmentGroupSchema: z.ZodType<SegmentGroup> = z.lazy(() =>
  z
    .object({
      type: z.literal('group'),
      combinator: z.enum(['and', 'or']),
      negate: z.boolean().optional(),
      // Discriminated, so an error inside a condition keeps its path ("children.0.window").
      children: z.array(z.discriminatedUnion('type', [segmentConditionSchema, segmentGroupSchema as never])).max(100),
    })
    .strict(),
);
export const maxSegmentDepth = maxFilterDepth;

export const segmentKinds = ['dynamic', 'static'] as const;
export type SegmentKind = (typeof segmentKinds)[number];

export const segmentInputSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    description: z.string().trim().max(2000).optional(),
    kind: z.enum(segmentKinds).default('dynamic'),
    /** Dynamic segments only. */
    definition: segmentGroupSchema.optional(),
    /** While set, members carry this tag (an auto-tag rule) and lose it when they leave. */
    autoTag: z.string().trim().min(1).max(100).nullable().optional(),
  })
  .strict();
export type SegmentInput = z.infer<typeof segmentInputSchema>;

export const segmentPatchSchema = segmentInputSchema.partial().omit({ kind: true }).strict();
export type SegmentPatch = z.infer<typeof segmentPatchSchema>;

export const segmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  kind: z.enum(segmentKinds),
  definition: segmentGroupSchema.nullable(),
  autoTag: z.string().nullable(),
  size: z.number(),
  /** Size per day, oldest first, for the trend sparkline. */
  trend: z.array(z.object({ day: z.string(), size: z.number() })),
  computedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Segment = z.infer<typeof segmentSchema>;

export const segmentPreviewInputSchema = z.object({ definition: segmentGroupSchema, segmentId: z.string().uuid().optional() }).strict();

export const segmentPreviewSchema = z.object({
  count: z.number(),
  sample: z.array(z.object({ id: z.string(), displayName: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() })),
  tookMs: z.number(),
});
export type SegmentPreview = z.infer<typeof segmentPreviewSchema>;

export const segmentMembershipChangeSchema = z.object({
  contactId: z.string(),
  contactName: z.string().nullable(),
  change: z.enum(['entered', 'exited']),
  at: z.string(),
});
export type SegmentMembershipChange = z.infer<typeof segmentMembershipChangeSchema>;

/** RFM groups, from best to worst; a workspace's map assigns score cells to them. */
export const rfmGroups = [
  'champions',
  'loyal',
  'potential_loyalist',
  'new',
  'promising',
  'need_attention',
  'about_to_sleep',
  'at_risk',
  'cant_lose',
  'hibernating',
  'lost',
] as const;
export type RfmGroup = (typeof rfmGroups)[number];

/** NASLD activity states; `prospect` has not ordered yet. */
export const nasldStates = ['N', 'A', 'S', 'L', 'D', 'prospect'] as const;
export type NasldState = (typeof nasldStates)[number];

export const segmentMemberSchema = z.object({
  contactId: z.string(),
  displayName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  enteredAt: z.string(),
});
export type SegmentMember = z.infer<typeof segmentMemberSchema>;

/** Contacts to add to a static list, by any of their keys (a CSV column, a picked set). */
export const addListMembersSchema = z
  .object({
    contactIds: z.array(z.string().max(64)).max(10_000).optional(),
    emails: z.array(z.string().max(320)).max(10_000).optional(),
    externalIds: z.array(z.string().max(200)).max(10_000).optional(),
  })
  .strict()
  .refine((v) => (v.contactIds?.length ?? 0) + (v.emails?.length ?? 0) + (v.externalIds?.length ?? 0) > 0, { message: 'Give at least one contact' });

export const removeListMembersSchema = z.object({ contactIds: z.array(z.string().max(64)).min(1).max(10_000) }).strict();
export const snapshotSegmentSchema = z.object({ name: z.string().trim().min(1).max(200) }).strict();

/** What the builder offers: fields by scope, model outputs, events received, and other segments. */
export const segmentCatalogSchema = z.object({
  profile: z.array(fieldDescriptorSchema),
  models: z.array(fieldDescriptorSchema),
  /** Event names received, with how often, plus the well-known ones not yet seen (count 0). */
  events: z.array(z.object({ type: z.string(), name: z.string(), count: z.number(), propertyKeys: z.array(z.string()) })),
  segments: z.array(z.object({ id: z.string(), name: z.string(), kind: z.enum(segmentKinds) })),
});
export type SegmentCatalog = z.infer<typeof segmentCatalogSchema>;
