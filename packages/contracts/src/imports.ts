import { z } from 'zod';
import { onDuplicateSchema, upsertMatchSchema } from './contacts.js';

export const importEntities = ['contacts', 'companies', 'orders', 'products'] as const;
export const importEntitySchema = z.enum(importEntities);
export const importStatuses = ['uploaded', 'queued', 'running', 'completed', 'failed', 'cancelled'] as const;

export const importEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'big5', 'gbk', 'shift_jis'] as const;

export const importOptionsSchema = z
  .object({
    /** Column header → target field key ("email", "custom.vip_level"), or null to ignore the column. */
    mapping: z.record(z.string().max(200), z.string().max(100).nullable()),
    /** Default email. */
    match: upsertMatchSchema,
    /** Default skip. */
    onDuplicate: onDuplicateSchema,
    /** Overrides the detected encoding. */
    encoding: z.enum(importEncodings).optional(),
    /** Tags added to every imported record. */
    tags: z.array(z.string().trim().min(1).max(64)).max(20),
    /** Orders: the currency of amounts when no column gives it. */
    currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'A three-letter currency code such as TWD'),
    /** Orders: the time zone of dates written without an offset. Default UTC. */
    timezone: z.string().refine((tz) => Intl.supportedValuesOf('timeZone').includes(tz) || tz === 'UTC', 'Not a known time zone, e.g. Asia/Taipei'),
    /** Orders: order ids starting with this are cancellations (a till's "C" invoices). */
    cancelPrefix: z.string().min(1).max(10),
  })
  // No defaults: a PATCH that names one option must leave the others as they are.
  .partial()
  .strict();
export type ImportOptions = z.input<typeof importOptionsSchema>;

export const importCountsSchema = z.object({
  read: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  rejected: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;

export const importSchema = z.object({
  id: z.string(),
  entity: importEntitySchema,
  status: z.enum(importStatuses),
  filename: z.string(),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string().nullable(),
  sizeBytes: z.number().int(),
  totalRows: z.number().int().nullable(),
  headers: z.array(z.string()),
  options: z.object({
    mapping: z.record(z.string(), z.string().nullable()),
    match: upsertMatchSchema,
    onDuplicate: onDuplicateSchema,
    encoding: z.string().nullable(),
    tags: z.array(z.string()),
    currency: z.string().optional(),
    timezone: z.string().optional(),
    cancelPrefix: z.string().optional(),
  }),
  counts: importCountsSchema,
  isDryRun: z.boolean(),
  error: z.string().nullable(),
  createdAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
});
export type Import = z.infer<typeof importSchema>;

export const importPreviewSchema = z.object({
  import: importSchema,
  rows: z.array(z.record(z.string(), z.string())),
  /** Header → suggested target key, from the header names in en, zh-TW, zh-CN and ja. */
  suggestedMapping: z.record(z.string(), z.string().nullable()),
  targets: z.array(z.object({ key: z.string(), label: z.string(), isRequired: z.boolean() })),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importRejectSchema = z.object({
  rowNumber: z.number().int(),
  reason: z.string(),
  values: z.record(z.string(), z.string()),
});
export type ImportReject = z.infer<typeof importRejectSchema>;

export const startImportInputSchema = z.object({ dryRun: z.boolean().default(false) }).strict();
