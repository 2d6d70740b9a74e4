import { z } from 'zod';
import { pageQuerySchema } from './common.js';

export const noteEntities = ['contact', 'company'] as const;
export const noteEntitySchema = z.enum(noteEntities);

export const noteSchema = z.object({
  id: z.string(),
  entity: noteEntitySchema,
  entityId: z.string(),
  /** Sanitised HTML: a fixed set of formatting tags, no scripts, styles or event handlers. */
  body: z.string(),
  authorId: z.string().nullable(),
  authorLabel: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Note = z.infer<typeof noteSchema>;

export const noteInputSchema = z
  .object({
    /** HTML from the editor, or plain text; it is sanitised on the server. */
    body: z.string().trim().min(1, 'A note cannot be empty').max(100_000),
  })
  .strict();
export type NoteInput = z.input<typeof noteInputSchema>;

export const listNotesQuerySchema = pageQuerySchema;
