import { z } from 'zod';
import { pageQuerySchema } from './common.js';

/**
 * Sends: one message to one contact, asked for by a campaign, a journey or an API client, and
 * what became of it. A workspace's sending rules and channel credentials are its messaging settings.
 */

const channel = z.enum(['email', 'sms', 'line', 'webhook']);
export const sendStatuses = ['queued', 'sending', 'sent', 'skipped', 'failed'] as const;

/** Why a send was skipped; each reads as a sentence on the contact's timeline. */
export const skipReasons = {
  no_consent: 'The contact has not consented to this channel',
  no_address: 'The contact has no address for this channel',
  suppressed: 'The address bounced or complained before',
  frequency_cap: 'The contact reached the workspace’s message cap',
  contact_gone: 'The contact was deleted or merged away',
  template_gone: 'The template was deleted',
  channel_not_configured: 'This channel has no provider set up in the workspace’s settings',
  render_failed: 'The template did not render for this contact',
  coupon_unavailable: 'The coupon pool had no code left for this contact, or was archived',
} as const;
export type SkipReason = keyof typeof skipReasons;

export const sendMessageInputSchema = z
  .object({
    contactId: z.string().uuid(),
    templateId: z.string().uuid(),
    /** Makes a retried request one message: the same key within the workspace is the same send. */
    idempotencyKey: z.string().trim().min(1).max(200),
    /** Transactional messages (receipts, password resets) need no marketing consent; caps and quiet hours skip them. */
    purpose: z.enum(['marketing', 'transactional']).default('marketing'),
    /** Read by the template as `event.*`. */
    eventProperties: z.record(z.string(), z.unknown()).optional(),
    /** Issue the contact a code of this pool with the message, for the template's `coupon.*`. */
    couponPoolId: z.string().uuid().optional(),
    /** Not before this time. */
    sendAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export type SendMessageInput = z.input<typeof sendMessageInputSchema>;

export const messageSendSchema = z.object({
  id: z.string(),
  contactId: z.string(),
  channel,
  templateId: z.string(),
  templateVersion: z.number().int(),
  purpose: z.enum(['marketing', 'transactional']),
  sourceKind: z.enum(['campaign', 'journey', 'api']),
  sourceId: z.string().nullable(),
  variant: z.string().nullable(),
  status: z.enum(sendStatuses),
  reason: z.string().nullable(),
  attempts: z.number().int(),
  dueAt: z.string(),
  recipient: z.string().nullable(),
  subject: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  openedAt: z.string().nullable(),
  clickedAt: z.string().nullable(),
  convertedAt: z.string().nullable(),
  revenue: z.number().nullable(),
  bouncedAt: z.string().nullable(),
  unsubscribedAt: z.string().nullable(),
});
export type MessageSend = z.infer<typeof messageSendSchema>;

export const sendMessageResultSchema = messageSendSchema.extend({ duplicate: z.boolean() });

export const listSendsQuerySchema = pageQuerySchema.extend({
  contactId: z.string().uuid().optional(),
  status: z.enum(sendStatuses).optional(),
  sourceKind: z.enum(['campaign', 'journey', 'api']).optional(),
  sourceId: z.string().max(200).optional(),
});

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time as HH:MM');
const timeZone = z
  .string()
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'An IANA time zone such as Asia/Taipei');

/** SMS gateways: a generic JSON API, or Mitake (三竹), a Taiwanese gateway. Secrets are write-only. */
const smsSettingsSchema = z.discriminatedUnion('provider', [
  z.object({ provider: z.literal('generic'), url: z.url(), token: z.string().max(500).nullish(), sender: z.string().max(20).optional() }).strict(),
  z.object({ provider: z.literal('mitake'), baseUrl: z.url().optional(), username: z.string().min(1).max(100), password: z.string().max(200).nullish() }).strict(),
]);

export const messagingSettingsInputSchema = z
  .object({
    sender: z
      .object({ fromName: z.string().trim().min(1).max(100), fromAddress: z.email().max(254), replyTo: z.email().max(254).nullish() })
      .strict()
      .nullish(),
    /** The workspace's time zone, for quiet hours of contacts without their own. */
    timeZone: timeZone.default('UTC'),
    /** No marketing message between these times of the contact's day; they wait until the end. */
    quietHours: z.object({ start: hhmm, end: hhmm }).strict().nullish(),
    /** At most `count` marketing messages per contact in `days` days, over every campaign and journey. */
    frequencyCap: z.object({ count: z.number().int().min(1).max(1000), days: z.number().int().min(1).max(90) }).strict().nullish(),
    /** An order within this many days of a click is credited to the message clicked. */
    conversionWindowDays: z.number().int().min(1).max(90).default(5),
    sms: smsSettingsSchema.nullish(),
    /** Secrets (the SMS token or password, the LINE channel access token) are write-only: left out, the saved one stays; null clears it. */
    line: z
      .object({ channelAccessToken: z.string().min(10).max(500).nullish(), /** A proxy in front of api.line.me, if any. */ baseUrl: z.url().optional() })
      .strict()
      .nullish(),
  })
  .strict();
export type MessagingSettingsInput = z.input<typeof messagingSettingsInputSchema>;

export const messagingSettingsSchema = z.object({
  sender: z.object({ fromName: z.string(), fromAddress: z.string(), replyTo: z.string().nullable() }).nullable(),
  timeZone: z.string(),
  quietHours: z.object({ start: z.string(), end: z.string() }).nullable(),
  frequencyCap: z.object({ count: z.number().int(), days: z.number().int() }).nullable(),
  conversionWindowDays: z.number().int(),
  sms: z
    .object({ provider: z.enum(['generic', 'mitake']), url: z.string().nullable(), username: z.string().nullable(), sender: z.string().nullable(), hasSecret: z.boolean() })
    .nullable(),
  line: z.object({ hasToken: z.boolean(), baseUrl: z.string().nullable() }).nullable(),
  /** Outbound webhooks are signed with this (Standard Webhooks); receivers verify with it. Rotate it with POST /messaging/settings/webhook-secret. */
  webhookSecret: z.string(),
});
export type MessagingSettings = z.infer<typeof messagingSettingsSchema>;

export const suppressionSchema = z.object({ channel, address: z.string(), reason: z.enum(['hard_bounce', 'complaint', 'manual']), detail: z.string().nullable(), createdAt: z.string() });
export type Suppression = z.infer<typeof suppressionSchema>;

/** A bounce or complaint reported by a mail provider or relay, in Rapport's own shape. */
export const deliveryFeedbackSchema = z
  .object({
    type: z.enum(['hard_bounce', 'soft_bounce', 'complaint']),
    email: z.email().max(254).optional(),
    /** The Message-ID of the mail that bounced, when known: it names the send. */
    messageId: z.string().max(500).optional(),
    detail: z.string().max(1000).optional(),
  })
  .strict()
  .refine((f) => f.email || f.messageId, 'email or messageId is required');
export const deliveryFeedbackBatchSchema = z.object({ items: z.array(z.unknown()).min(1).max(1000) }).strict();

const poolName = z.string().trim().min(1).max(200);
const poolValueType = z.enum(['amount', 'percent']);
const poolValue = z.number().positive().max(1_000_000);
const poolExpiresAt = z.iso.datetime({ offset: true });
const poolValidDays = z.number().int().min(1).max(3650);
const oneExpiry = { message: 'Either a fixed end or days from issue, not both', path: ['validDays'] };
const percentMax = { message: 'A percentage is at most 100', path: ['value'] };

/** A pool of coupon codes: generated on issue (prefix + random part), or uploaded beforehand. */
export const couponPoolInputSchema = z
  .object({
    name: poolName,
    kind: z.enum(['generated', 'uploaded']),
    /** For generated codes: "WELCOME" makes WELCOME-7KQ2M9XA. */
    prefix: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9]{1,20}$/, 'Letters and digits, up to 20')
      .optional(),
    valueType: poolValueType,
    value: poolValue,
    expiresAt: poolExpiresAt.optional(),
    validDays: poolValidDays.optional(),
  })
  .strict()
  .refine((p) => !(p.expiresAt && p.validDays), oneExpiry)
  .refine((p) => p.valueType !== 'percent' || p.value <= 100, percentMax);

/**
 * A change to a pool. Not its kind or prefix: the codes made or uploaded already are what they
 * are. A pool has one kind of expiry, so setting one clears the other; null clears it. Codes
 * already issued keep the expiry they were issued with.
 */
export const couponPoolPatchSchema = z
  .object({
    name: poolName.optional(),
    valueType: poolValueType.optional(),
    value: poolValue.optional(),
    expiresAt: poolExpiresAt.nullable().optional(),
    validDays: poolValidDays.nullable().optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'Nothing to change')
  .refine((p) => !(p.expiresAt && p.validDays), oneExpiry)
  .refine((p) => p.valueType !== 'percent' || p.value === undefined || p.value <= 100, percentMax);
export type CouponPoolPatch = z.infer<typeof couponPoolPatchSchema>;

/** Pools in use by default; `archived=true` lists the archived ones instead. */
export const listCouponPoolsQuerySchema = pageQuerySchema.extend({ archived: z.enum(['true', 'false']).optional() });
export type ListCouponPoolsQuery = z.infer<typeof listCouponPoolsQuerySchema>;

export const couponPoolSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['generated', 'uploaded']),
  prefix: z.string().nullable(),
  valueType: z.enum(['amount', 'percent']),
  value: z.number(),
  expiresAt: z.string().nullable(),
  validDays: z.number().int().nullable(),
  codes: z.number().int(),
  issued: z.number().int(),
  redeemed: z.number().int(),
  /** Set while the pool is archived: it issues no new codes, and the codes it gave out still redeem. */
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type CouponPool = z.infer<typeof couponPoolSchema>;

export const couponCodeSchema = z.object({
  code: z.string(),
  contactId: z.string().nullable(),
  issuedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  redeemedAt: z.string().nullable(),
  orderId: z.string().nullable(),
});
export type CouponCode = z.infer<typeof couponCodeSchema>;

export const uploadCouponCodesSchema = z.object({ codes: z.array(z.unknown()).min(1).max(10_000) }).strict();
export const couponCodeValueSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{3,64}$/, '3 to 64 letters, digits, - or _');
export const issueCouponInputSchema = z.object({ contactId: z.string().uuid(), issueKey: z.string().trim().min(1).max(200) }).strict();
