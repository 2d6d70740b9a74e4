import { z } from 'zod';

/**
 * The filter language of views and lists: conditions on fields, nested in AND / OR groups that may
 * be negated. Segments (a later issue) extend it with behavioural conditions, so a condition names
 * its field by a path string ("lifecycleStage", "address.city", "custom.vip_level") rather than by
 * a closed enum: each entity publishes the fields it accepts, and the server rejects unknown ones
 * with the path of the offending condition.
 */
export const filterOperators = [
  'eq',
  'neq',
  'contains',
  'not_contains',
  'starts_with',
  /** Scalar: the value is one of these. Array fields: has any of these. */
  'in',
  /** Scalar: the value is none of these. Array fields: has none of these. */
  'not_in',
  /** Array fields: has all of these. */
  'all',
  'gt',
  'gte',
  'lt',
  'lte',
  'between',
  'is_set',
  'is_not_set',
  /** Dates: within the last N days (value: N). */
  'within_last_days',
  /** Dates: within the next N days (value: N). */
  'within_next_days',
  /** Dates: more than N days ago (value: N). */
  'before_last_days',
  /** Dates: the day and month fall in this calendar month (birthdays, anniversaries). */
  'anniversary_this_month',
] as const;
export const filterOperatorSchema = z.enum(filterOperators);
export type FilterOperator = z.infer<typeof filterOperatorSchema>;

const scalar = z.union([z.string().max(500), z.number(), z.boolean()]);
export const filterValueSchema = z.union([scalar, z.array(scalar).max(500), z.null()]);

export const filterConditionSchema = z
  .object({
    type: z.literal('condition'),
    field: z.string().min(1).max(100),
    op: filterOperatorSchema,
    value: filterValueSchema.optional(),
  })
  .strict();
export type FilterCondition = z.infer<typeof filterConditionSchema>;

export interface FilterGroup {
  type: 'group';
  combinator: 'and' | 'or';
  negate?: boolean | undefined;
  children: FilterNode[];
}
export type FilterNode = FilterCondition | FilterGroup;

export const filterGroupSchema: z.ZodType<FilterGroup> = z.lazy(() =>
  z
    .object({
      type: z.literal('group'),
      combinator: z.enum(['and', 'or']),
      negate: z.boolean().optional(),
      children: z.array(z.union([filterConditionSchema, filterGroupSchema])).max(100),
    })
    .strict(),
);

/** The deepest nesting a filter may have; deeper trees are rejected rather than compiled. */
export const maxFilterDepth = 6;

export const sortSchema = z
  .object({
    field: z.string().min(1).max(100),
    order: z.enum(['asc', 'desc']).default('asc'),
  })
  .strict();
export type Sort = z.infer<typeof sortSchema>;

/** What a field offers to filters, views and import mapping. */
export const fieldTypes = [
  'text',
  'long_text',
  'number',
  'currency',
  'date',
  'datetime',
  'boolean',
  'select',
  'multi_select',
  'email',
  'phone',
  'url',
] as const;
export const fieldTypeSchema = z.enum(fieldTypes);
export type FieldType = z.infer<typeof fieldTypeSchema>;

export const fieldDescriptorSchema = z.object({
  /** The path filters, sorts and columns use: "email", "address.city", "custom.vip_level". */
  path: z.string(),
  label: z.string(),
  type: z.union([fieldTypeSchema, z.enum(['tags', 'reference', 'text_list'])]),
  options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
  isCustom: z.boolean(),
  isSortable: z.boolean(),
  isEditable: z.boolean(),
  operators: z.array(filterOperatorSchema),
});
export type FieldDescriptor = z.infer<typeof fieldDescriptorSchema>;

/** The structured list query of contacts and companies: what a view holds, plus paging. */
export const recordQueryInputSchema = z
  .object({
    q: z.string().trim().max(200).optional(),
    filter: filterGroupSchema.nullable().optional(),
    sort: sortSchema.optional(),
    limit: z.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
  })
  .strict();
