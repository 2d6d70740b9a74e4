import { z } from 'zod';
import { pageQuerySchema } from './common.js';

export const consentChannels = ['email', 'sms', 'line', 'phone'] as const;
export const consentChannelSchema = z.enum(consentChannels);
export type ConsentChannel = z.infer<typeof consentChannelSchema>;

export const consentStatuses = ['subscribed', 'unsubscribed', 'unknown'] as const;
export const consentStatusSchema = z.enum(consentStatuses);
export type ConsentStatus = z.infer<typeof consentStatusSchema>;

/** How the consent was given or withdrawn. */
export const consentSources = ['form', 'import', 'api', 'unsubscribe_link', 'manual'] as const;
export const consentSourceSchema = z.enum(consentSources);

/** One change of consent. Changes are appended, never overwritten: the history is the proof. */
export const consentEventSchema = z.object({
  id: z.string(),
  channel: consentChannelSchema,
  status: consentStatusSchema,
  source: consentSourceSchema,
  proofText: z.string().nullable(),
  proofIp: z.string().nullable(),
  actorLabel: z.string(),
  createdAt: z.iso.datetime(),
});
export type ConsentEvent = z.infer<typeof consentEventSchema>;

/** The current consent of one channel: its latest change, or unknown when there was none. */
export const consentStateSchema = z.object({
  channel: consentChannelSchema,
  status: consentStatusSchema,
  source: consentSourceSchema.nullable(),
  changedAt: z.iso.datetime().nullable(),
});
export type ConsentState = z.infer<typeof consentStateSchema>;

export const setConsentInputSchema = z
  .object({
    channel: consentChannelSchema,
    status: consentStatusSchema,
    /** Defaults to "manual" from the web app and "api" otherwise. */
    source: consentSourceSchema.optional(),
    /** What the person agreed to, e.g. the checkbox text of a form. */
    proofText: z.string().trim().max(2000).optional(),
  })
  .strict();
export type SetConsentInput = z.input<typeof setConsentInputSchema>;

export const listConsentHistoryQuerySchema = pageQuerySchema.extend({ channel: consentChannelSchema.optional() });
