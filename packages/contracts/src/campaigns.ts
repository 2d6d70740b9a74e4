import { z } from 'zod';
import { pageQuerySchema } from './common.js';

/**
 * Campaigns: one-off broadcasts of a template to segments, now, later or at a local hour,
 * optionally as an A/B/n test whose winner goes to the rest, with a holdout group to measure
 * what the campaign added.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date as YYYY-MM-DD');
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time as HH:MM');

export const campaignScheduleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('now') }).strict(),
  z.object({ kind: z.literal('at'), at: z.iso.datetime({ offset: true }) }).strict(),
  /** At this hour of this date in each contact's own time zone (the workspace's when unknown). */
  z.object({ kind: z.literal('local'), date: isoDate, time: hhmm }).strict(),
]);

const channels = ['email', 'sms', 'line', 'webhook'] as const;

/** A variant may be saved before its template is picked; it must have one to be scheduled. */
const variantInput = z
  .object({ key: z.string().regex(/^[A-Z]$/, 'A capital letter: A, B, C…'), templateId: z.string().uuid().nullable(), weight: z.number().int().min(1).max(100).default(1) })
  .strict();
const audienceInput = z.object({ include: z.array(z.string().uuid()).max(20).default([]), exclude: z.array(z.string().uuid()).max(20).default([]) }).strict();

export const campaignInputSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    purpose: z.enum(['marketing', 'transactional']).default('marketing'),
    /** A draft saves whatever it has so far; `campaignReadySchema` checks what it needs before it can be scheduled. */
    audience: audienceInput.default({ include: [], exclude: [] }),
    /** The channel while no variant has a template yet; once one has, its template's channel. */
    channel: z.enum(channels).optional(),
    variants: z.array(variantInput).max(5).default([]),
    /** Test the variants on `testPercent`% of the audience; after `waitHours`, the best by `metric` goes to the rest. */
    abTest: z.object({ testPercent: z.number().int().min(5).max(50), metric: z.enum(['open', 'click']), waitHours: z.number().min(0.25).max(168) }).strict().nullish(),
    holdoutPercent: z.number().int().min(0).max(50).default(0),
    schedule: campaignScheduleSchema.default({ kind: 'now' }),
    couponPoolId: z.string().uuid().nullish(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const keys = c.variants.map((v) => v.key);
    if (new Set(keys).size !== keys.length) ctx.addIssue({ code: 'custom', path: ['variants'], message: 'Each variant needs its own letter' });
    if (c.abTest && c.variants.length < 2) ctx.addIssue({ code: 'custom', path: ['abTest'], message: 'A test needs two variants or more' });
    if (c.abTest && c.abTest.testPercent + c.holdoutPercent > 90) ctx.addIssue({ code: 'custom', path: ['abTest', 'testPercent'], message: 'The test and the holdout leave too little for the winner' });
  });
export type CampaignInput = z.input<typeof campaignInputSchema>;

/**
 * What a saved draft must have before it can be scheduled, checked over its saved fields: a segment
 * to send to, and a variant with every variant's template picked. Its issues' paths are the request's.
 */
export const campaignReadySchema = z.object({
  audience: z.object({ include: z.array(z.string()).min(1, 'Pick a segment to send to') }),
  variants: z.array(z.object({ templateId: z.string({ message: 'Pick a template' }) })).min(1, 'Add a variant with a template'),
});

/** How many an audience reaches before it is sent: contacts in it, and those subscribed on the channel. */
export const audienceEstimateInputSchema = z
  .object({
    audience: z.object({ include: z.array(z.string().uuid()).min(1).max(20), exclude: z.array(z.string().uuid()).max(20).default([]) }).strict(),
    channel: z.enum(channels).default('email'),
  })
  .strict();
export type AudienceEstimateInput = z.input<typeof audienceEstimateInputSchema>;
export const audienceEstimateSchema = z.object({
  contacts: z.number().int(),
  /** Of those, the ones whose latest consent on the channel is "subscribed": what a marketing send reaches at most. */
  subscribed: z.number().int(),
});
export type AudienceEstimate = z.infer<typeof audienceEstimateSchema>;

/** Ends an A/B test before its wait is over: with `winner`, that variant goes to the rest; without, the best so far by the test's metric. */
export const endTestInputSchema = z.object({ winner: z.string().regex(/^[A-Z]$/).optional() }).strict();
export type EndTestInput = z.input<typeof endTestInputSchema>;

export const campaignStatuses = ['draft', 'scheduled', 'launching', 'testing', 'sent', 'cancelled'] as const;

export const campaignSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(campaignStatuses),
  channel: z.enum(channels),
  purpose: z.enum(['marketing', 'transactional']),
  audience: z.object({ include: z.array(z.string()), exclude: z.array(z.string()) }),
  /** A draft's variant may have no template yet; a scheduled campaign's always has one, frozen at its version. */
  variants: z.array(z.object({ key: z.string(), templateId: z.string().nullable(), templateVersion: z.number().int().nullable(), weight: z.number().int() })),
  abTest: z.object({ testPercent: z.number().int(), metric: z.enum(['open', 'click']), waitHours: z.number() }).nullable(),
  holdoutPercent: z.number().int(),
  schedule: campaignScheduleSchema,
  couponPoolId: z.string().nullable(),
  launchAt: z.string().nullable(),
  launchedAt: z.string().nullable(),
  testEndsAt: z.string().nullable(),
  winner: z.string().nullable(),
  winnerReason: z.string().nullable(),
  audienceSize: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Campaign = z.infer<typeof campaignSchema>;

export const listCampaignsQuerySchema = pageQuerySchema.extend({ status: z.enum(campaignStatuses).optional() });

const rate = z.number().nullable();
/** Per variant: what happened to its messages, the rates, and each rate's p-value against variant A. */
export const campaignVariantResultSchema = z.object({
  variant: z.string(),
  recipients: z.number().int(),
  sent: z.number().int(),
  skipped: z.number().int(),
  failed: z.number().int(),
  queued: z.number().int(),
  opened: z.number().int(),
  clicked: z.number().int(),
  converted: z.number().int(),
  revenue: z.number(),
  /** The same revenue by the orders' currencies (null: an order without one), largest first. */
  revenueByCurrency: z.array(z.object({ currency: z.string().nullable(), amount: z.number() })),
  unsubscribed: z.number().int(),
  bounced: z.number().int(),
  openRate: rate,
  clickRate: rate,
  conversionRate: rate,
  /** Two-sided p-values of a two-proportion z-test against the first variant; null for it, or when too few were sent. */
  pValues: z.object({ open: rate, click: rate, conversion: rate }),
});
export const campaignResultsSchema = z.object({
  campaignId: z.string(),
  status: z.enum(campaignStatuses),
  winner: z.string().nullable(),
  variants: z.array(campaignVariantResultSchema),
  /** Contacts who got a message vs the holdout, by who ordered since the launch: the campaign's lift. */
  holdout: z
    .object({
      contacts: z.number().int(),
      buyers: z.number().int(),
      buyerRate: rate,
      treatedContacts: z.number().int(),
      treatedBuyers: z.number().int(),
      treatedBuyerRate: rate,
      pValue: rate,
    })
    .nullable(),
});
export type CampaignResults = z.infer<typeof campaignResultsSchema>;
