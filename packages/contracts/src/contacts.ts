import { z } from 'zod';
import { pageQuerySchema } from './common.js';

const tagSchema = z.string().trim().min(1).max(64);

export const contactSchema = z.object({
  id: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  /** Derived: first and last name, or the email when both are empty. */
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  tags: z.array(z.string()),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Contact = z.infer<typeof contactSchema>;

const nullableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v === '' ? null : v));

export const contactInputSchema = z
  .object({
    firstName: nullableText(100).optional(),
    lastName: nullableText(100).optional(),
    email: z
      .union([z.email().max(254), z.literal(''), z.null()])
      .transform((v) => (v ? v.toLowerCase() : null))
      .optional(),
    phone: z
      .string()
      .trim()
      .max(32)
      .regex(/^\+?[0-9 ()\-.]*$/, 'Phone may contain digits, spaces, ( ) - . and a leading +')
      .nullable()
      .transform((v) => (v === '' ? null : v))
      .optional(),
    tags: z
      .array(tagSchema)
      .max(100)
      .transform((t) => [...new Set(t)])
      .optional(),
  })
  .strict();

export const createContactInputSchema = contactInputSchema.refine(
  (c) => Boolean(c.firstName || c.lastName || c.email || c.phone),
  { message: 'A contact needs a name, an email or a phone', path: ['firstName'] },
);
export type CreateContactInput = z.input<typeof createContactInputSchema>;

export const updateContactInputSchema = contactInputSchema;
export type UpdateContactInput = z.input<typeof updateContactInputSchema>;

export const listContactsQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  tag: tagSchema.optional(),
});
export type ListContactsQuery = z.input<typeof listContactsQuerySchema>;
