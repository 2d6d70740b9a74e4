import { z } from 'zod';
import { addressInputSchema, addressSchema, nullableText } from './address.js';
import { pageQuerySchema } from './common.js';
import { tagsSchema } from './contacts.js';
import { customValuesSchema } from './custom-fields.js';
import { recordQueryInputSchema } from './filters.js';

export const companySizes = ['1-10', '11-50', '51-200', '201-500', '501-1000', '1001-5000', '5001+'] as const;
export const companySizeSchema = z.enum(companySizes);

export const companySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Normalised: lower case, no scheme, path or "www.". Unique in the workspace. */
  domain: z.string().nullable(),
  industry: z.string().nullable(),
  size: companySizeSchema.nullable(),
  /** A Taiwan 統一編號 passes its checksum when the address country is TW. */
  taxId: z.string().nullable(),
  address: addressSchema,
  ownerId: z.string().nullable(),
  tags: z.array(z.string()),
  externalId: z.string().nullable(),
  custom: z.record(z.string(), z.unknown()),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Company = z.infer<typeof companySchema>;

export const companyInputSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    domain: nullableText(253),
    industry: nullableText(100),
    size: z.union([companySizeSchema, z.null()]),
    taxId: nullableText(32),
    address: addressInputSchema,
    ownerId: z.union([z.string().min(1).max(64), z.null()]),
    tags: tagsSchema,
    externalId: nullableText(200),
    custom: customValuesSchema,
  })
  .partial()
  .strict();

export const createCompanyInputSchema = companyInputSchema.required({ name: true });
export type CreateCompanyInput = z.input<typeof createCompanyInputSchema>;
export const updateCompanyInputSchema = companyInputSchema;
export type UpdateCompanyInput = z.input<typeof updateCompanyInputSchema>;

export const listCompaniesQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  tag: z.string().trim().max(64).optional(),
  filter: z.string().max(20000).optional(),
  sort: z.string().max(100).optional(),
  order: z.enum(['asc', 'desc']).optional(),
});
export type ListCompaniesQuery = z.input<typeof listCompaniesQuerySchema>;

export const queryCompaniesInputSchema = recordQueryInputSchema;
export type QueryCompaniesInput = z.input<typeof queryCompaniesInputSchema>;
