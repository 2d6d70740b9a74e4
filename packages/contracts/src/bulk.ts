import { z } from 'zod';
import { contactInputSchema, onDuplicateSchema, tagSchema, upsertMatchSchema } from './contacts.js';
import { filterGroupSchema } from './filters.js';

export const maxBatchItems = 1000;

/** One item's outcome in a batch: batches never fail as a whole for one bad item. */
export const itemResultSchema = z.object({
  index: z.number().int(),
  status: z.enum(['created', 'updated', 'unchanged', 'skipped', 'deleted', 'rejected']),
  id: z.string().nullable(),
  error: z
    .object({ code: z.string(), message: z.string(), errors: z.array(z.object({ path: z.string(), message: z.string() })).optional() })
    .optional(),
});
export type ItemResult = z.infer<typeof itemResultSchema>;

export const batchResultSchema = z.object({
  results: z.array(itemResultSchema),
  totals: z.object({
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    skipped: z.number().int(),
    deleted: z.number().int(),
    rejected: z.number().int(),
  }),
});
export type BatchResult = z.infer<typeof batchResultSchema>;

/**
 * Record-level writes of up to 1,000 contacts. Each item is written in its own savepoint, so a bad
 * item is rejected alone and a good one is never half-written.
 */
export const contactBatchInputSchema = z.discriminatedUnion('operation', [
  z.object({ operation: z.literal('create'), items: z.array(z.unknown()).min(1).max(maxBatchItems) }).strict(),
  z
    .object({
      operation: z.literal('update'),
      items: z.array(z.unknown()).min(1).max(maxBatchItems),
    })
    .strict(),
  z
    .object({
      operation: z.literal('upsert'),
      match: upsertMatchSchema,
      onDuplicate: onDuplicateSchema.default('update'),
      items: z.array(z.unknown()).min(1).max(maxBatchItems),
    })
    .strict(),
  z.object({ operation: z.literal('delete'), items: z.array(z.unknown()).min(1).max(maxBatchItems) }).strict(),
]);
export type ContactBatchInput = z.input<typeof contactBatchInputSchema>;

/** An update item: the id and the fields to change. Items are validated one by one, so one bad item can't reject the batch. */
export const batchUpdateItemSchema = contactInputSchema.extend({ id: z.string() });
export const batchDeleteItemSchema = z.object({ id: z.string() }).strict();

/** Bulk actions of the list views, over chosen ids or everything a filter matches. */
export const bulkActions = ['tag', 'untag', 'set_owner', 'set_lifecycle_stage', 'delete'] as const;
export const bulkActionInputSchema = z
  .object({
    action: z.enum(bulkActions),
    /** Either ids … */
    ids: z.array(z.uuid()).min(1).max(maxBatchItems).optional(),
    /** … or a selection: everything the list query matches, up to `maxBulkSelection`. */
    selection: z.object({ q: z.string().trim().max(200).optional(), filter: filterGroupSchema.nullable().optional() }).strict().optional(),
    tags: z.array(tagSchema).min(1).max(20).optional(),
    ownerId: z.string().min(1).max(64).nullable().optional(),
    lifecycleStage: z.string().min(1).max(40).nullable().optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (Boolean(b.ids) === Boolean(b.selection)) ctx.addIssue({ code: 'custom', path: ['ids'], message: 'Give either ids or a selection' });
    if ((b.action === 'tag' || b.action === 'untag') && !b.tags) ctx.addIssue({ code: 'custom', path: ['tags'], message: 'Which tags?' });
    if (b.action === 'set_owner' && b.ownerId === undefined) ctx.addIssue({ code: 'custom', path: ['ownerId'], message: 'Which owner?' });
    if (b.action === 'set_lifecycle_stage' && b.lifecycleStage === undefined)
      ctx.addIssue({ code: 'custom', path: ['lifecycleStage'], message: 'Which stage?' });
  });
export type BulkActionInput = z.input<typeof bulkActionInputSchema>;

export const maxBulkSelection = 50_000;

export const bulkOperationSchema = z.object({
  id: z.string(),
  action: z.enum(bulkActions),
  /** Records the action changed. */
  affected: z.number().int(),
  status: z.enum(['done', 'undone']),
  createdAt: z.iso.datetime(),
  undoneAt: z.iso.datetime().nullable(),
});
export type BulkOperation = z.infer<typeof bulkOperationSchema>;
