import { z } from 'zod';
import { pageQuerySchema } from './common.js';

/**
 * Follow-ups for a person: a call to make, a question to answer. A task belongs to a contact and
 * sits in the sales or the service queue, assigned to a member or to nobody yet. People create
 * them, and so do journeys (the `create_task` action), which set `sourceKind` and `sourceId`.
 */
export const taskQueues = ['sales', 'service'] as const;
export const taskStatuses = ['open', 'done'] as const;

export const taskSchema = z.object({
  id: z.string(),
  contactId: z.string(),
  title: z.string(),
  dueAt: z.string().nullable(),
  /** A member's user id; null while unassigned. */
  assigneeId: z.string().nullable(),
  queue: z.enum(taskQueues),
  status: z.enum(taskStatuses),
  /** What created it: a person ("manual") or a journey (its id in `sourceId`). */
  sourceKind: z.enum(['manual', 'journey']),
  sourceId: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  doneAt: z.string().nullable(),
});
export type Task = z.infer<typeof taskSchema>;

const title = z.string().trim().min(1).max(200);
const dueAt = z.iso.datetime({ offset: true }).nullish();
const assigneeId = z.string().min(1).max(64).nullish();

export const taskInputSchema = z
  .object({ contactId: z.string().uuid(), title, dueAt, assigneeId, queue: z.enum(taskQueues).default('sales') })
  .strict();
export type TaskInput = z.input<typeof taskInputSchema>;

export const taskPatchSchema = z
  .object({ title: title.optional(), dueAt, assigneeId, queue: z.enum(taskQueues).optional(), status: z.enum(taskStatuses).optional() })
  .strict();
export type TaskPatch = z.input<typeof taskPatchSchema>;

export const listTasksQuerySchema = pageQuerySchema.extend({
  contactId: z.string().uuid().optional(),
  assigneeId: z.string().min(1).max(64).optional(),
  status: z.enum(taskStatuses).optional(),
  queue: z.enum(taskQueues).optional(),
});
export type ListTasksQuery = z.infer<typeof listTasksQuerySchema>;
