import { z } from 'zod';
import { contactSchema } from './contacts.js';

/** Fields whose surviving value the user picks in a merge; list fields (tags, emails, phones) are unioned. */
export const mergeableContactFields = [
  'firstName',
  'lastName',
  'displayName',
  'email',
  'phone',
  'gender',
  'birthday',
  'locale',
  'timezone',
  'address',
  'companyId',
  'companyRole',
  'jobTitle',
  'ownerId',
  'source',
  'lifecycleStage',
  'externalId',
] as const;

export const mergeContactsInputSchema = z
  .object({
    survivorId: z.uuid(),
    mergedId: z.uuid(),
    /**
     * Which record's value survives, per field ("custom.<key>" for custom fields). A field not named
     * keeps the survivor's value, or the merged record's when the survivor's is empty.
     */
    pick: z.record(z.string().max(60), z.enum(['survivor', 'merged'])).default({}),
  })
  .strict()
  .refine((m) => m.survivorId !== m.mergedId, { message: 'A contact cannot merge with itself', path: ['mergedId'] });
export type MergeContactsInput = z.input<typeof mergeContactsInputSchema>;

export const contactMergeSchema = z.object({
  id: z.string(),
  survivorId: z.string(),
  mergedId: z.string(),
  mergedName: z.string(),
  status: z.enum(['merged', 'undone']),
  createdAt: z.iso.datetime(),
  undoneAt: z.iso.datetime().nullable(),
});
export type ContactMerge = z.infer<typeof contactMergeSchema>;

export const mergeResultSchema = z.object({ merge: contactMergeSchema, contact: contactSchema });

export const duplicateReasons = ['email', 'phone', 'name_company'] as const;
export const duplicatePairSchema = z.object({
  a: contactSchema,
  b: contactSchema,
  reasons: z.array(z.enum(duplicateReasons)),
});
export type DuplicatePair = z.infer<typeof duplicatePairSchema>;
export const duplicatesQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });
