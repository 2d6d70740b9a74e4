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
});
export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>;

export const updateWorkspaceSettingsInputSchema = z
  .object({ defaultRegion: regionSchema.nullable() })
  .partial()
  .strict();
export type UpdateWorkspaceSettingsInput = z.input<typeof updateWorkspaceSettingsInputSchema>;
