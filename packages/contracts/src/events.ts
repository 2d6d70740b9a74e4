import { z } from 'zod';
import { pageQuerySchema } from './common.js';

/** The call types of the Segment tracking spec. */
export const eventTypes = ['identify', 'track', 'page', 'screen', 'group', 'alias'] as const;
export type EventType = (typeof eventTypes)[number];

export const sourceKinds = ['web', 'server', 'store', 'mobile', 'other'] as const;

export const sourceSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(sourceKinds),
  /** Public by design (it ships in web pages); it can only write events. */
  writeKey: z.string(),
  isEnabled: z.boolean(),
  lastEventAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Source = z.infer<typeof sourceSchema>;

export const createSourceInputSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    kind: z.enum(sourceKinds).default('web'),
  })
  .strict();
export type CreateSourceInput = z.input<typeof createSourceInputSchema>;

export const updateSourceInputSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    isEnabled: z.boolean(),
  })
  .partial()
  .strict();
export type UpdateSourceInput = z.input<typeof updateSourceInputSchema>;

/** One event that a tracking call refused, by its place in the request. */
export const rejectedEventSchema = z.object({
  index: z.number().int(),
  messageId: z.string().nullable(),
  reason: z.string(),
});
export type RejectedEvent = z.infer<typeof rejectedEventSchema>;

/** What the tracking endpoints answer. `success` keeps Segment's SDKs content. */
export const trackResponseSchema = z.object({
  success: z.literal(true),
  /** Stored now. */
  accepted: z.number().int(),
  /** Already stored earlier under the same messageId (a retry); not stored again. */
  duplicates: z.number().int(),
  rejected: z.array(rejectedEventSchema),
});
export type TrackResponse = z.infer<typeof trackResponseSchema>;

export const sourceRejectSchema = z.object({
  id: z.string(),
  sourceId: z.string().nullable(),
  receivedAt: z.string(),
  index: z.number().int(),
  messageId: z.string().nullable(),
  reason: z.string(),
  /** The start of the event as received. */
  payload: z.string(),
  /** refused: not stored; stored_with_warning: stored, but part of it (a trait, an identity link) was not applied. */
  outcome: z.enum(['refused', 'stored_with_warning']),
});
export type SourceReject = z.infer<typeof sourceRejectSchema>;

export const storedEventSchema = z.object({
  id: z.string(),
  type: z.enum(eventTypes),
  name: z.string().nullable(),
  contactId: z.string().nullable(),
  anonymousId: z.string().nullable(),
  userId: z.string().nullable(),
  properties: z.record(z.string(), z.unknown()),
  traits: z.record(z.string(), z.unknown()).nullable(),
  context: z.record(z.string(), z.unknown()),
  timestamp: z.string(),
  receivedAt: z.string(),
  sourceId: z.string().nullable(),
  messageId: z.string(),
});
export type StoredEvent = z.infer<typeof storedEventSchema>;

export const eventCatalogEntrySchema = z.object({
  type: z.enum(eventTypes),
  name: z.string(),
  count: z.number().int(),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  properties: z.array(z.object({ key: z.string(), count: z.number().int(), lastSeenAt: z.string() })),
});
export type EventCatalogEntry = z.infer<typeof eventCatalogEntrySchema>;

export const identityConflictSchema = z.object({
  id: z.string(),
  reason: z.enum(['different_user_ids', 'identity_limit']),
  kind: z.string(),
  value: z.string(),
  contactId: z.string().nullable(),
  otherContactId: z.string().nullable(),
  messageId: z.string().nullable(),
  createdAt: z.string(),
});
export type IdentityConflict = z.infer<typeof identityConflictSchema>;

/** Identity resolution settings of a workspace. */
export const identityRulesSchema = z
  .object({
    /** Values never taken as an identity, on top of the built-in ones ("", "null", "0", …). */
    blockedValues: z.array(z.string().max(200)).max(200),
    /** The most identities of one kind a profile may hold (anonymous_id, line, and external id kinds). */
    limits: z.record(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/), z.number().int().min(1).max(10000)),
  })
  .strict();
export type IdentityRules = z.infer<typeof identityRulesSchema>;
export const defaultIdentityLimits: Record<string, number> = { anonymous_id: 100, line: 5 };
export const defaultIdentityLimit = 10;

export const listEventsQuerySchema = pageQuerySchema.extend({
  contactId: z.string().max(64).optional(),
  anonymousId: z.string().max(500).optional(),
  type: z.enum(eventTypes).optional(),
  name: z.string().max(200).optional(),
});

export const contactIdentitySchema = z.object({ kind: z.string(), value: z.string(), createdAt: z.string() });
export type ContactIdentity = z.infer<typeof contactIdentitySchema>;
