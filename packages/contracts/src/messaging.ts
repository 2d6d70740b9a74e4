import { z } from 'zod';
import { pageQuerySchema } from './common.js';

/**
 * Message templates: what a campaign or a journey step sends on each channel. Text fields are
 * Liquid templates over the contact, the trigger event, the coupon issued and the workspace
 * (`templateVariables`); the server checks them when a template is saved.
 */

const webUrl = z
  .string()
  .max(2_000)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'An http or https address');
// LINE fetches images itself, and only over https.
const httpsUrl = z
  .string()
  .max(2_000)
  .url()
  .refine((u) => /^https:\/\//i.test(u), 'An https address');

export const emailContentSchema = z
  .object({
    channel: z.literal('email'),
    subject: z.string().trim().min(1).max(300),
    /** The line inboxes show after the subject. */
    preheader: z.string().max(300).optional(),
    /** MJML markup (https://mjml.io); the block editor writes it too. */
    mjml: z.string().min(1).max(512_000),
    /** The plain-text part; made from the HTML when absent. */
    text: z.string().max(100_000).optional(),
  })
  .strict();

export const smsContentSchema = z
  .object({
    channel: z.literal('sms'),
    /** Ten segments of a concatenated SMS at most; gateways split longer ones. */
    text: z.string().trim().min(1).max(1_600),
  })
  .strict();

/** LINE message objects (Messaging API), up to five per push, as LINE allows. */
export const lineMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string().trim().min(1).max(5_000) }).strict(),
  z.object({ type: z.literal('image'), originalContentUrl: httpsUrl, previewImageUrl: httpsUrl }).strict(),
  z
    .object({
      type: z.literal('flex'),
      altText: z.string().trim().min(1).max(1_500),
      /** The flex container as JSON text, so that Liquid may fill it in. */
      contents: z.string().min(2).max(100_000),
    })
    .strict(),
]);
export type LineMessage = z.infer<typeof lineMessageSchema>;

export const lineContentSchema = z
  .object({
    channel: z.literal('line'),
    messages: z.array(lineMessageSchema).min(1).max(5),
  })
  .strict();

export const webhookContentSchema = z
  .object({
    channel: z.literal('webhook'),
    url: webUrl,
    /** A JSON document once rendered. */
    body: z.string().min(2).max(100_000),
  })
  .strict();

export const messageContentSchema = z.discriminatedUnion('channel', [emailContentSchema, smsContentSchema, lineContentSchema, webhookContentSchema]);
export type MessageContent = z.infer<typeof messageContentSchema>;
export type MessageChannel = MessageContent['channel'];

/**
 * The variables a template may read. `contact` holds the profile fields by their API names, with
 * `custom` and `traits` beneath; `event` is the trigger event's properties; the links are made
 * per message.
 */
export const templateVariables = {
  contact: 'The contact: firstName, lastName, email, phone, locale, custom.*, traits.*',
  event: "The trigger event's properties",
  coupon: 'The coupon issued for this message: code, value, expiresAt',
  workspace: 'The workspace: name',
  unsubscribe_url: 'A link that unsubscribes the contact from this channel at once',
  preferences_url: "The contact's preference page",
  confirm_url: 'In a double opt-in confirmation: the link that confirms the subscription',
} as const;

/** A message rendered for one contact, as the channel sends it. */
export const renderedMessageSchema = z.discriminatedUnion('channel', [
  z.object({ channel: z.literal('email'), subject: z.string(), preheader: z.string().nullable(), html: z.string(), text: z.string() }),
  z.object({ channel: z.literal('sms'), text: z.string() }),
  z.object({ channel: z.literal('line'), messages: z.array(z.record(z.string(), z.unknown())) }),
  z.object({ channel: z.literal('webhook'), url: z.string(), body: z.unknown() }),
]);
export type RenderedMessage = z.infer<typeof renderedMessageSchema>;

/** A locale tag such as "zh-TW", "ja" or "en". */
const localeTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'A locale tag such as zh-TW');

/**
 * Variants for contacts whose locale is one of these (the exact tag, then its language), on the
 * template's channel; everyone else gets `content`.
 */
const localizedSchema = z.record(localeTag, messageContentSchema).refine((r) => Object.keys(r).length <= 20, 'At most 20 locales');

const sameChannel = (t: { content?: MessageContent | undefined; localized?: Record<string, MessageContent> | undefined }, ctx: z.RefinementCtx) => {
  for (const [locale, c] of Object.entries(t.localized ?? {})) {
    if (t.content && c.channel !== t.content.channel) ctx.addIssue({ code: 'custom', path: ['localized', locale, 'channel'], message: `Every variant goes out on ${t.content.channel}` });
  }
};

export const messageTemplateInputSchema = z
  .object({ name: z.string().trim().min(1).max(200), content: messageContentSchema, localized: localizedSchema.optional() })
  .strict()
  .superRefine(sameChannel);
export type MessageTemplateInput = z.infer<typeof messageTemplateInputSchema>;

/** A change of content or variants makes a new version; the channel cannot change. */
export const messageTemplatePatchSchema = z
  .object({ name: z.string().trim().min(1).max(200).optional(), content: messageContentSchema.optional(), localized: localizedSchema.optional() })
  .strict()
  .superRefine(sameChannel);
export type MessageTemplatePatch = z.infer<typeof messageTemplatePatchSchema>;

export const messageTemplateSchema = z.object({
  id: z.string(),
  name: z.string(),
  channel: z.enum(['email', 'sms', 'line', 'webhook']),
  version: z.number().int(),
  content: messageContentSchema,
  localized: z.record(z.string(), messageContentSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MessageTemplate = z.infer<typeof messageTemplateSchema>;

export const messageTemplateVersionSchema = z.object({
  version: z.number().int(),
  content: messageContentSchema,
  localized: z.record(z.string(), messageContentSchema),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type MessageTemplateVersion = z.infer<typeof messageTemplateVersionSchema>;

export const listMessageTemplatesQuerySchema = pageQuerySchema.extend({ channel: z.enum(['email', 'sms', 'line', 'webhook']).optional() });

/** Renders a template (a saved one, at a version, or unsaved content) as one contact would get it. */
export const templatePreviewInputSchema = z
  .object({ contactId: z.string().uuid(), version: z.number().int().min(1).optional(), eventProperties: z.record(z.string(), z.unknown()).optional() })
  .strict();
export const contentPreviewInputSchema = z
  .object({ contactId: z.string().uuid(), content: messageContentSchema, eventProperties: z.record(z.string(), z.unknown()).optional() })
  .strict();

/** Sends a template, rendered as a contact, to an address of the user's (subject marked [Test]). */
export const testSendInputSchema = z.object({ contactId: z.string().uuid(), to: z.string().trim().email().max(320) }).strict();
export const testSendResultSchema = z.object({ via: z.enum(['smtp', 'outbox']), messageId: z.string() });

/** Mail kept while no SMTP server is configured. */
export const outboxMessageSchema = z.object({
  id: z.string(),
  channel: z.enum(['email', 'sms', 'line', 'webhook']),
  recipient: z.string(),
  subject: z.string().nullable(),
  message: z.record(z.string(), z.unknown()),
  test: z.boolean(),
  createdAt: z.string(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;
