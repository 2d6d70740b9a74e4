import { z } from 'zod';

export const addressSchema = z.object({
  country: z.string().nullable(),
  city: z.string().nullable(),
  district: z.string().nullable(),
  postcode: z.string().nullable(),
  line: z.string().nullable(),
});
export type Address = z.infer<typeof addressSchema>;

/** Text that may be cleared: an empty string means null. */
export const nullableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v === '' ? null : v));

export const addressInputSchema = z
  .object({
    /** ISO 3166-1 alpha-2, e.g. TW. */
    country: z
      .union([z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'A two-letter country code such as TW'), z.literal(''), z.null()])
      .transform((v) => v || null),
    city: nullableText(100),
    district: nullableText(100),
    postcode: nullableText(20),
    line: nullableText(300),
  })
  .partial()
  .strict();
export type AddressInput = z.input<typeof addressInputSchema>;
