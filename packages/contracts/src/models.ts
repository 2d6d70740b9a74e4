import { z } from 'zod';
import { nasldStates, rfmGroups, segmentGroupSchema } from './segments.js';

const score = z.number().int().min(1).max(5);
const scoreRange = z.tuple([score, score]).refine(([a, b]) => a <= b, { message: 'The range ends before it starts' });

/** One cell range of the RFM grid named as a group; the first rule that holds names the contact. */
export const rfmRuleSchema = z.object({ group: z.enum(rfmGroups), r: scoreRange, f: scoreRange }).strict();
export type RfmRule = z.infer<typeof rfmRuleSchema>;

/**
 * The classic map of recency and frequency scores to groups. Every one of the 25 cells is named,
 * so each scored contact has a group.
 */
export const defaultRfmRules: RfmRule[] = [
  { group: 'champions', r: [5, 5], f: [4, 5] },
  { group: 'loyal', r: [3, 4], f: [4, 5] },
  { group: 'potential_loyalist', r: [4, 5], f: [2, 3] },
  { group: 'new', r: [5, 5], f: [1, 1] },
  { group: 'promising', r: [4, 4], f: [1, 1] },
  { group: 'need_attention', r: [3, 3], f: [3, 3] },
  { group: 'about_to_sleep', r: [3, 3], f: [1, 2] },
  { group: 'cant_lose', r: [1, 2], f: [5, 5] },
  { group: 'at_risk', r: [1, 2], f: [3, 4] },
  { group: 'lost', r: [1, 1], f: [1, 1] },
  { group: 'hibernating', r: [1, 2], f: [1, 2] },
];

export const nasldSettingsSchema = z
  .object({
    /** A one-time buyer stays N this many days even when the cycle is shorter. */
    newWithinDays: z.number().int().min(1).max(3650),
    /** S lasts until t > sleepyMultiplier × C; L until t > lostMultiplier × C. */
    sleepyMultiplier: z.number().min(1).max(20),
    lostMultiplier: z.number().min(1).max(30),
    /** Deep-dormant past this many days whatever the cycle. */
    deepDormantAfterDays: z.number().int().min(1).max(3650),
    /** C when the workspace has no repeat buyers yet to take a median from. */
    defaultCycleDays: z.number().int().min(1).max(3650),
  })
  .strict()
  .refine((s) => s.lostMultiplier > s.sleepyMultiplier, { message: 'Lost must come after sleepy', path: ['lostMultiplier'] });
export type NasldSettings = z.infer<typeof nasldSettingsSchema>;

export const defaultNasldSettings: NasldSettings = { newWithinDays: 30, sleepyMultiplier: 2, lostMultiplier: 3, deepDormantAfterDays: 180, defaultCycleDays: 30 };

/** Lifecycle stages set by rules: the first rule whose condition holds sets the stage. */
export const lifecycleRuleSchema = z.object({ stage: z.string().min(1).max(50), definition: segmentGroupSchema }).strict();
export type LifecycleRule = z.infer<typeof lifecycleRuleSchema>;

export const lifecycleSettingsSchema = z.object({ enabled: z.boolean(), rules: z.array(lifecycleRuleSchema).max(20) }).strict();
export type LifecycleSettings = z.infer<typeof lifecycleSettingsSchema>;

export const modelSettingsSchema = z
  .object({
    rfm: z.object({ rules: z.array(rfmRuleSchema).min(1).max(50) }).strict(),
    nasld: nasldSettingsSchema,
    lifecycle: lifecycleSettingsSchema,
  })
  .strict();
export type ModelSettings = z.infer<typeof modelSettingsSchema>;
export const modelSettingsPatchSchema = modelSettingsSchema.partial();

export const rfmReportSchema = z.object({
  computedAt: z.string().nullable(),
  scored: z.number(),
  /** r × f cells: contacts and their net revenue. */
  cells: z.array(z.object({ r: z.number(), f: z.number(), contacts: z.number(), revenue: z.number(), group: z.string().nullable() })),
  groups: z.array(z.object({ group: z.string(), contacts: z.number(), revenue: z.number() })),
});
export type RfmReport = z.infer<typeof rfmReportSchema>;

export const nasldReportSchema = z.object({
  computedAt: z.string().nullable(),
  /** C of the workspace: the median of repeat buyers' cycles, in days. */
  workspaceCycleDays: z.number().nullable(),
  states: z.array(z.object({ state: z.enum(nasldStates), contacts: z.number(), revenue: z.number() })),
  /** Contacts per state on each day the model ran, oldest first. */
  history: z.array(z.object({ day: z.string(), state: z.enum(nasldStates), contacts: z.number(), revenue: z.number() })),
  /** State changes in the last 30 days, by from → to. */
  transitions: z.array(z.object({ from: z.string().nullable(), to: z.string(), contacts: z.number() })),
});
export type NasldReport = z.infer<typeof nasldReportSchema>;

export const recomputeResultSchema = z.object({
  rfm: z.object({ scored: z.number(), ms: z.number() }),
  nasld: z.object({ contacts: z.number(), changed: z.number(), ms: z.number() }),
  lifecycle: z.object({ changed: z.number(), ms: z.number() }),
  segments: z.object({ recomputed: z.number(), ms: z.number() }),
});
export type RecomputeResult = z.infer<typeof recomputeResultSchema>;
