import { z } from 'zod';
import { pageQuerySchema } from './common.js';

export const auditActions = ['create', 'update', 'delete'] as const;

export const auditEntrySchema = z.object({
  id: z.string(),
  actorType: z.enum(['user', 'api_key', 'system']),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  entity: z.string(),
  entityId: z.string(),
  action: z.enum(auditActions),
  /** Field name → value before and after; absent sides are null. */
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
  via: z.enum(['api', 'ui', 'cli', 'system']),
  createdAt: z.iso.datetime(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const listAuditQuerySchema = pageQuerySchema.extend({
  entity: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
});
export type ListAuditQuery = z.input<typeof listAuditQuerySchema>;
