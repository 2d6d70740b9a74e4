import { z } from 'zod';
import { pageQuerySchema } from './common.js';

/**
 * Kinds known today. The timeline is a union of sources, and later issues add kinds (event, order,
 * message, ticket, deal) without changing this contract: `kind` is an open string and `data` an
 * object whose shape each kind documents. Clients render unknown kinds generically.
 */
export const timelineKinds = ['note', 'field_change', 'consent', 'merge'] as const;

export const timelineEntrySchema = z.object({
  /** Unique within the timeline: "<kind>:<source id>". */
  id: z.string(),
  kind: z.string(),
  at: z.iso.datetime(),
  actorLabel: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const timelineQuerySchema = pageQuerySchema.extend({
  /** Comma-separated kinds to include; all when absent. */
  kinds: z
    .string()
    .max(500)
    .optional()
    .transform((s) => (s ? s.split(',').map((k) => k.trim()).filter(Boolean) : undefined)),
});
export type TimelineQuery = z.input<typeof timelineQuerySchema>;
