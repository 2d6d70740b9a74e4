import { z } from 'zod';
import { filterGroupSchema, sortSchema } from './filters.js';

export const viewEntities = ['contact', 'company'] as const;
export const viewEntitySchema = z.enum(viewEntities);

export const savedViewSchema = z.object({
  id: z.string(),
  entity: viewEntitySchema,
  name: z.string(),
  /** Private views are seen only by their owner; shared ones by the whole workspace. */
  visibility: z.enum(['private', 'shared']),
  ownerId: z.string(),
  layout: z.enum(['table', 'kanban']),
  q: z.string().nullable(),
  filter: filterGroupSchema.nullable(),
  sort: sortSchema.nullable(),
  /** Field paths shown as columns, in order. */
  columns: z.array(z.string()),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type SavedView = z.infer<typeof savedViewSchema>;

export const savedViewInputSchema = z
  .object({
    entity: viewEntitySchema,
    name: z.string().trim().min(1).max(100),
    visibility: z.enum(['private', 'shared']).default('private'),
    layout: z.enum(['table', 'kanban']).default('table'),
    q: z.string().trim().max(200).nullable().optional(),
    filter: filterGroupSchema.nullable().optional(),
    sort: sortSchema.nullable().optional(),
    columns: z.array(z.string().min(1).max(100)).max(60).default([]),
  })
  .strict();
export type SavedViewInput = z.input<typeof savedViewInputSchema>;

/** Written out without defaults: a PATCH that names one field must leave the others alone. */
export const updateSavedViewInputSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    visibility: z.enum(['private', 'shared']),
    layout: z.enum(['table', 'kanban']),
    q: z.string().trim().max(200).nullable(),
    filter: filterGroupSchema.nullable(),
    sort: sortSchema.nullable(),
    columns: z.array(z.string().min(1).max(100)).max(60),
  })
  .partial()
  .strict();
export type UpdateSavedViewInput = z.input<typeof updateSavedViewInputSchema>;

export const listSavedViewsQuerySchema = z.object({ entity: viewEntitySchema.optional() });
