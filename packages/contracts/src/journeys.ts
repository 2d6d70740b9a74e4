import { z } from 'zod';
import { pageQuerySchema } from './common.js';
import { propertyFilterSchema, segmentGroupSchema } from './segments.js';

/**
 * Journeys: a graph of steps a contact walks through, from a trigger to an exit. The canvas, the
 * API and the engine share these schemas. Each step names its kind in `type`, so new kinds join
 * the union without invalidating stored journeys. Steps point to their successors by id (`next`,
 * and per-branch targets); a missing `next` ends the journey for the contact.
 */

const stepId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'Letters, digits, - and _');
const next = stepId.nullish();
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time as HH:MM');
const eventName = z.string().trim().min(1).max(200);

/** What enrols contacts. */
export const journeyTriggerSchema = z.discriminatedUnion('type', [
  /** A tracked event, optionally with property filters ("Checkout Started" with total > 1000). */
  z.object({ type: z.literal('event'), event: eventName, where: z.array(propertyFilterSchema).max(20).default([]) }).strict(),
  z.object({ type: z.literal('segment_entered'), segmentId: z.string().uuid() }).strict(),
  z.object({ type: z.literal('segment_exited'), segmentId: z.string().uuid() }).strict(),
  /** A NASLD state change (to N, A, S, L or D) or a lifecycle stage change. */
  z.object({ type: z.literal('model_changed'), model: z.enum(['nasld', 'lifecycle']), to: z.string().min(1).max(64), from: z.string().min(1).max(64).optional() }).strict(),
  /** A date of the contact's (birthday, a custom date field), each year or once, offset by days (−7: a week before). */
  z
    .object({
      type: z.literal('date'),
      /** A contact field or custom field key holding a date. */
      field: z.string().min(1).max(100),
      offsetDays: z.number().int().min(-365).max(365).default(0),
      recurring: z.boolean().default(true),
      /** The local time of day the journey starts, in the contact's (or the workspace's) time zone. */
      at: hhmm.default('09:00'),
    })
    .strict(),
  /** Contacts added by hand in the app or through the API. */
  z.object({ type: z.literal('manual') }).strict(),
]);
export type JourneyTrigger = z.infer<typeof journeyTriggerSchema>;

const base = { id: stepId, name: z.string().trim().max(100).optional() };

/** Waits: a duration, until a time of day, or until a date field (with an offset). */
const waitStep = z
  .object({
    ...base,
    type: z.literal('wait'),
    wait: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('duration'), minutes: z.number().int().min(1).max(525_600) }).strict(),
      z.object({ kind: z.literal('time_of_day'), at: hhmm }).strict(),
      z.object({ kind: z.literal('date_field'), field: z.string().min(1).max(100), offsetDays: z.number().int().min(-365).max(365).default(0), at: hhmm.default('09:00') }).strict(),
    ]),
    next,
  })
  .strict();

/** Waits for an event (or for the contact to match a condition) with a timeout: two ways on. */
const waitForStep = z
  .object({
    ...base,
    type: z.literal('wait_for'),
    until: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('event'), event: eventName, where: z.array(propertyFilterSchema).max(20).default([]) }).strict(),
      z.object({ kind: z.literal('condition'), definition: segmentGroupSchema }).strict(),
    ]),
    timeoutMinutes: z.number().int().min(1).max(525_600),
    /** Where the contact goes when it happened in time, and when it timed out. */
    onEvent: next,
    onTimeout: next,
  })
  .strict();

/** If/else: whether the contact is in a segment or matches a condition now. */
const branchStep = z
  .object({
    ...base,
    type: z.literal('branch'),
    condition: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('segment'), segmentId: z.string().uuid() }).strict(),
      z.object({ kind: z.literal('condition'), definition: segmentGroupSchema }).strict(),
    ]),
    yes: next,
    no: next,
  })
  .strict();

/** A random split (A/B, or a holdout path that ends at once); weights are relative. */
const splitStep = z
  .object({
    ...base,
    type: z.literal('split'),
    paths: z
      .array(z.object({ key: z.string().min(1).max(20), weight: z.number().int().min(1).max(100), next }).strict())
      .min(2)
      .max(5),
  })
  .strict();

const action = z.discriminatedUnion('kind', [
  /** A message on the template's channel; the coupon pool, if any, issues the contact a code first. */
  z.object({ kind: z.literal('send'), templateId: z.string().uuid(), purpose: z.enum(['marketing', 'transactional']).default('marketing'), couponPoolId: z.string().uuid().optional() }).strict(),
  z.object({ kind: z.literal('add_tag'), tag: z.string().trim().min(1).max(100) }).strict(),
  z.object({ kind: z.literal('remove_tag'), tag: z.string().trim().min(1).max(100) }).strict(),
  /** A contact field (API name) or a custom field (`custom.<key>`), set to a value. */
  z.object({ kind: z.literal('update_field'), field: z.string().min(1).max(100), value: z.union([z.string().max(1000), z.number(), z.boolean(), z.null()]) }).strict(),
  /** A follow-up for a person: a task on the contact, assigned to a member or the contact's owner. */
  z
    .object({
      kind: z.literal('create_task'),
      title: z.string().trim().min(1).max(200),
      dueInDays: z.number().int().min(0).max(365).default(1),
      assignTo: z.union([z.literal('owner'), z.string().min(1).max(100)]).default('owner'),
      queue: z.enum(['sales', 'service']).default('sales'),
    })
    .strict(),
  z.object({ kind: z.literal('issue_coupon'), couponPoolId: z.string().uuid() }).strict(),
  /** A webhook template, sent as a message (signed, retried, exactly once). */
  z.object({ kind: z.literal('webhook'), templateId: z.string().uuid() }).strict(),
]);
export type JourneyAction = z.infer<typeof action>;

const actionStep = z.object({ ...base, type: z.literal('action'), action, next }).strict();
const exitStep = z.object({ ...base, type: z.literal('exit') }).strict();

export const journeyStepSchema = z.discriminatedUnion('type', [waitStep, waitForStep, branchStep, splitStep, actionStep, exitStep]);
export type JourneyStep = z.infer<typeof journeyStepSchema>;

export const journeyDefinitionSchema = z
  .object({
    trigger: journeyTriggerSchema,
    /** The step a new contact starts at. */
    start: stepId,
    steps: z.array(journeyStepSchema).min(1).max(200),
    /** Whether a contact may enter again: never, after its last run ended N days ago, or any time. */
    reentry: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('never') }).strict(),
      z.object({ kind: z.literal('after_days'), days: z.number().int().min(1).max(3650) }).strict(),
      z.object({ kind: z.literal('always') }).strict(),
    ]),
    /** Contacts leave at once when this happens (say Order Completed). */
    exitOn: z.array(z.object({ event: eventName, where: z.array(propertyFilterSchema).max(20).default([]) }).strict()).max(5).default([]),
    /** What counts as success, within `withinDays` of entering: an event. */
    goal: z.object({ event: eventName, where: z.array(propertyFilterSchema).max(20).default([]), withinDays: z.number().int().min(1).max(365).default(7) }).strict().nullish(),
    /** At most this many messages per contact from this journey in `days` days, beside the workspace's cap. */
    frequencyCap: z.object({ count: z.number().int().min(1).max(100), days: z.number().int().min(1).max(90) }).strict().nullish(),
    /** Where each step sits on the canvas; the engine ignores it. */
    layout: z.record(stepId, z.object({ x: z.number(), y: z.number() })).default({}),
  })
  .strict();
export type JourneyDefinition = z.infer<typeof journeyDefinitionSchema>;
export type JourneyDefinitionInput = z.input<typeof journeyDefinitionSchema>;

export const journeyStatuses = ['draft', 'live', 'paused', 'archived'] as const;

export const journeyInputSchema = z.object({ name: z.string().trim().min(1).max(200), description: z.string().max(2000).nullish(), definition: journeyDefinitionSchema }).strict();
export const journeyPatchSchema = z
  .object({ name: z.string().trim().min(1).max(200).optional(), description: z.string().max(2000).nullish(), definition: journeyDefinitionSchema.optional() })
  .strict();

export const journeySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  status: z.enum(journeyStatuses),
  /** The version new contacts enter; contacts already in flight finish on theirs. */
  version: z.number().int(),
  definition: journeyDefinitionSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Journey = z.infer<typeof journeySchema>;

/** Per step of a version: contacts who reached it, wait there now, went on, and converted after it. */
export const journeyStepStatsSchema = z.object({ stepId: z.string(), entered: z.number().int(), waiting: z.number().int(), completed: z.number().int(), converted: z.number().int() });
export const journeyStatsSchema = z.object({
  version: z.number().int(),
  entered: z.number().int(),
  active: z.number().int(),
  completed: z.number().int(),
  exited: z.number().int(),
  converted: z.number().int(),
  conversionRate: z.number().nullable(),
  steps: z.array(journeyStepStatsSchema),
});
export type JourneyStats = z.infer<typeof journeyStatsSchema>;

export const listJourneysQuerySchema = pageQuerySchema.extend({ status: z.enum(journeyStatuses).optional() });
export const enrolInputSchema = z.object({ contactIds: z.array(z.string().uuid()).min(1).max(1000), eventProperties: z.record(z.string(), z.unknown()).optional() }).strict();

/* Responses and queries of the journey routes beyond the definition itself. */

export const journeyVersionSchema = z.object({
  version: z.number().int(),
  definition: journeyDefinitionSchema,
  createdBy: z.string(),
  createdAt: z.string(),
  /** When the version went live first; null while it is a draft. */
  publishedAt: z.string().nullable(),
});
export type JourneyVersion = z.infer<typeof journeyVersionSchema>;

export const journeyRunStatuses = ['active', 'completed', 'exited', 'failed'] as const;
export const journeyRunSchema = z.object({
  id: z.string(),
  contactId: z.string(),
  version: z.number().int(),
  status: z.enum(journeyRunStatuses),
  /** The step in hand (null once ended), and whether it waits there. */
  stepId: z.string().nullable(),
  waiting: z.boolean(),
  waitUntil: z.string().nullable(),
  waitingFor: z.string().nullable(),
  enteredAt: z.string(),
  endedAt: z.string().nullable(),
  exitReason: z.string().nullable(),
  convertedAt: z.string().nullable(),
});
export type JourneyRun = z.infer<typeof journeyRunSchema>;
export const listJourneyRunsQuerySchema = pageQuerySchema.extend({ status: z.enum(journeyRunStatuses).optional(), contactId: z.string().uuid().optional() });
export const journeyStatsQuerySchema = z.object({
  version: z.coerce.number().int().min(1).optional(),
  /** `false`: the totals alone, which read the runs only; the figures per step read every step row (0.6 s at 100k runs). */
  steps: z.enum(['true', 'false']).default('true'),
});

/** Per contact: entered, or why not (already in the journey, re-entry rules, no such contact). */
export const enrolResultSchema = z.object({
  enrolled: z.number().int(),
  results: z.array(z.object({ contactId: z.string(), status: z.enum(['enrolled', 'already_active', 'not_eligible', 'not_found']), runId: z.string().nullable() })),
});
export type EnrolResult = z.infer<typeof enrolResultSchema>;

/** A ready-made journey; creating one makes a draft and the message templates it sends. */
export const journeyRecipeSchema = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  /** Whether it gives a coupon, so `couponPoolId` must be passed. */
  needsCouponPool: z.boolean(),
});
export type JourneyRecipe = z.infer<typeof journeyRecipeSchema>;
export const journeyRecipeInputSchema = z.object({ name: z.string().trim().min(1).max(200).optional(), couponPoolId: z.string().uuid().optional() }).strict();
export type JourneyRecipeInput = z.infer<typeof journeyRecipeInputSchema>;
