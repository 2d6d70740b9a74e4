import { z } from 'zod';
import { fieldTypeSchema } from './filters.js';

export const customFieldEntities = ['contact', 'company'] as const;
export const customFieldEntitySchema = z.enum(customFieldEntities);
export type CustomFieldEntity = z.infer<typeof customFieldEntitySchema>;

const optionSchema = z.object({
  value: z.string().trim().min(1).max(100),
  label: z.string().trim().min(1).max(200),
});

export const customFieldSchema = z.object({
  id: z.string(),
  entity: customFieldEntitySchema,
  /** Stable machine name, used in the API ("custom": {"vip_level": …}) and filters ("custom.vip_level"). */
  key: z.string(),
  label: z.string(),
  type: fieldTypeSchema,
  options: z.array(optionSchema),
  /** ISO 4217 code of a currency field. */
  currency: z.string().nullable(),
  isRequired: z.boolean(),
  isUnique: z.boolean(),
  position: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type CustomField = z.infer<typeof customFieldSchema>;

const keySchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Lower-case letters, digits and _, starting with a letter (at most 40)');

export const createCustomFieldInputSchema = z
  .object({
    entity: customFieldEntitySchema,
    key: keySchema,
    label: z.string().trim().min(1).max(100),
    type: fieldTypeSchema,
    options: z.array(optionSchema).max(500).optional(),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, 'A three-letter currency code such as TWD')
      .optional(),
    isRequired: z.boolean().optional(),
    isUnique: z.boolean().optional(),
    position: z.number().int().min(0).max(10000).optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const needsOptions = f.type === 'select' || f.type === 'multi_select';
    if (needsOptions && !f.options?.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'A select field needs options' });
    if (!needsOptions && f.options?.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'Only select fields have options' });
    if (f.type === 'currency' && !f.currency) ctx.addIssue({ code: 'custom', path: ['currency'], message: 'A currency field needs a currency' });
    const values = (f.options ?? []).map((o) => o.value);
    if (new Set(values).size !== values.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'Option values must differ' });
  });
export type CreateCustomFieldInput = z.input<typeof createCustomFieldInputSchema>;

/** The key, entity and type are fixed once created: stored values depend on them. */
export const updateCustomFieldInputSchema = z
  .object({
    label: z.string().trim().min(1).max(100),
    options: z.array(optionSchema).max(500),
    isRequired: z.boolean(),
    isUnique: z.boolean(),
    position: z.number().int().min(0).max(10000),
  })
  .partial()
  .strict();
export type UpdateCustomFieldInput = z.input<typeof updateCustomFieldInputSchema>;

export const listCustomFieldsQuerySchema = z.object({ entity: customFieldEntitySchema.optional() });

/** Custom values as the API carries them: key → value (string, number, boolean or string[]), null clears. */
export const customValuesSchema = z.record(
  z.string().max(40),
  z.union([z.string().max(10000), z.number(), z.boolean(), z.array(z.string().max(200)).max(100), z.null()]),
);
export type CustomValues = z.infer<typeof customValuesSchema>;
