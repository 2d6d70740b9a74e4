import { z } from 'zod';
import { addressInputSchema, addressSchema, nullableText } from './address.js';
import { pageQuerySchema } from './common.js';
import { customValuesSchema } from './custom-fields.js';
import { recordQueryInputSchema } from './filters.js';

export const tagSchema = z.string().trim().min(1).max(64);
export const tagsSchema = z
  .array(tagSchema)
  .max(100)
  .transform((t) => [...new Set(t)]);

export const genders = ['female', 'male', 'other', 'undisclosed'] as const;
export const genderSchema = z.enum(genders);

/** A person's role in the buying committee of their company. */
export const companyRoles = ['decision_maker', 'champion', 'influencer', 'user', 'finance', 'legal', 'other'] as const;
export const companyRoleSchema = z.enum(companyRoles);
export type CompanyRole = z.infer<typeof companyRoleSchema>;

export const contactSchema = z.object({
  id: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  /** As the user set it; null lets `name` be derived. */
  displayName: z.string().nullable(),
  /** What the UI shows: the display name, else the name in the order of its script, else email or phone. */
  name: z.string(),
  /** The primary email; `emails` holds the others. */
  email: z.string().nullable(),
  emails: z.array(z.string()),
  /** The primary phone in E.164; `phones` holds the others. */
  phone: z.string().nullable(),
  phones: z.array(z.string()),
  gender: genderSchema.nullable(),
  /** YYYY-MM-DD */
  birthday: z.string().nullable(),
  locale: z.string().nullable(),
  timezone: z.string().nullable(),
  address: addressSchema,
  companyId: z.string().nullable(),
  company: z.object({ id: z.string(), name: z.string() }).nullable(),
  companyRole: companyRoleSchema.nullable(),
  jobTitle: z.string().nullable(),
  /** The user id of the workspace member who owns the contact. */
  ownerId: z.string().nullable(),
  source: z.string().nullable(),
  /** A key of the workspace's lifecycle stages. */
  lifecycleStage: z.string().nullable(),
  tags: z.array(z.string()),
  /** Tags set by auto-tag rules while their segment holds the contact; read-only. */
  autoTags: z.array(z.string()),
  /** Your system's id for the person, unique in the workspace; upserts and imports match on it. */
  externalId: z.string().nullable(),
  custom: z.record(z.string(), z.unknown()),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Contact = z.infer<typeof contactSchema>;

const emailInput = z
  .union([z.email('Not a valid email address').max(254), z.literal(''), z.null()])
  .transform((v) => (v ? v.toLowerCase() : null));

const phoneInput = z
  .string()
  .trim()
  .max(32)
  .regex(/^\+?[0-9 ()\-.]*$/, 'Phone may contain digits, spaces, ( ) - . and a leading +');

export const contactInputSchema = z
  .object({
    firstName: nullableText(100),
    lastName: nullableText(100),
    displayName: nullableText(200),
    email: emailInput,
    emails: z.array(z.email('Not a valid email address').max(254).toLowerCase()).max(20),
    phone: phoneInput.nullable().transform((v) => (v === '' ? null : v)),
    phones: z.array(phoneInput.min(1)).max(20),
    gender: z.union([genderSchema, z.null()]),
    birthday: z.union([z.iso.date('A date as YYYY-MM-DD'), z.literal(''), z.null()]).transform((v) => v || null),
    locale: z
      .union([z.string().trim().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'A language tag such as zh-TW'), z.literal(''), z.null()])
      .transform((v) => v || null),
    timezone: nullableText(64),
    address: addressInputSchema,
    companyId: z.union([z.uuid(), z.null()]),
    companyRole: z.union([companyRoleSchema, z.null()]),
    jobTitle: nullableText(200),
    ownerId: z.union([z.string().min(1).max(64), z.null()]),
    source: nullableText(100),
    lifecycleStage: z.union([z.string().trim().min(1).max(40), z.null()]),
    tags: tagsSchema,
    externalId: nullableText(200),
    custom: customValuesSchema,
  })
  .partial()
  .strict();

export const createContactInputSchema = contactInputSchema.refine(
  (c) => Boolean(c.firstName || c.lastName || c.displayName || c.email || c.phone || c.externalId),
  { message: 'A contact needs a name, an email, a phone or an external id', path: ['firstName'] },
);
export type CreateContactInput = z.input<typeof createContactInputSchema>;

export const updateContactInputSchema = contactInputSchema;
export type UpdateContactInput = z.input<typeof updateContactInputSchema>;

export const listContactsQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  tag: tagSchema.optional(),
  companyId: z.uuid().optional(),
  /** A filter group as JSON (see POST /contacts/query for the structured form). */
  filter: z.string().max(20000).optional(),
  sort: z.string().max(100).optional(),
  order: z.enum(['asc', 'desc']).optional(),
});
export type ListContactsQuery = z.input<typeof listContactsQuerySchema>;

/** The structured list query: what a view holds, plus paging. */
export const queryContactsInputSchema = recordQueryInputSchema;
export type QueryContactsInput = z.input<typeof queryContactsInputSchema>;

export const upsertMatchSchema = z.enum(['email', 'phone', 'externalId']);
export type UpsertMatch = z.infer<typeof upsertMatchSchema>;

/** What a duplicate found on write does: skip it, overwrite with the new values, or fill only its empty fields. */
export const onDuplicateSchema = z.enum(['skip', 'update', 'fill_empty']);
export type OnDuplicate = z.infer<typeof onDuplicateSchema>;

export const upsertContactInputSchema = z
  .object({ match: upsertMatchSchema, contact: contactInputSchema, onDuplicate: onDuplicateSchema.default('update') })
  .strict();
export type UpsertContactInput = z.input<typeof upsertContactInputSchema>;
