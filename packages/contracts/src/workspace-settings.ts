import { z } from 'zod';

/** ISO 3166-1 alpha-2, as libphonenumber and postal addresses use it (TW, JP, CN, HK, US…). */
export const regionSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'A two-letter country code such as TW');

export const workspaceSettingsSchema = z.object({
  /** Phones typed without a country code are read as numbers of this region. */
  defaultRegion: z.string().nullable(),
  /** Every region code the server can parse phone numbers for. */
  availableRegions: z.array(z.string()),
  /** The lifecycle stages contacts move through, in order; the keys are what contacts store. */
  lifecycleStages: z.array(z.object({ key: z.string(), label: z.string() })),
});
export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>;

export const lifecycleStageSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Lower-case letters, digits and _, starting with a letter'),
  label: z.string().trim().min(1).max(60),
});

/** The stages a new workspace starts with; labels are translated in the UI by key. */
export const defaultLifecycleStages = [
  { key: 'subscriber', label: 'Subscriber' },
  { key: 'lead', label: 'Lead' },
  { key: 'prospect', label: 'Prospect' },
  { key: 'customer', label: 'Customer' },
  { key: 'repeat_customer', label: 'Repeat customer' },
  { key: 'churned', label: 'Churned' },
];

export const updateWorkspaceSettingsInputSchema = z
  .object({
    defaultRegion: regionSchema.nullable(),
    lifecycleStages: z
      .array(lifecycleStageSchema)
      .min(1)
      .max(30)
      .refine((s) => new Set(s.map((x) => x.key)).size === s.length, 'Stage keys must differ'),
  })
  .partial()
  .strict();
export type UpdateWorkspaceSettingsInput = z.input<typeof updateWorkspaceSettingsInputSchema>;
