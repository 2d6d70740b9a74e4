import { sql } from 'drizzle-orm';
import { boolean, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { workspaces } from '../../platform/auth/schema.js';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

export interface ImportOptionsRow {
  mapping: Record<string, string | null>;
  match: 'email' | 'phone' | 'externalId';
  onDuplicate: 'skip' | 'update' | 'fill_empty';
  encoding: string | null;
  tags: string[];
  currency?: string | undefined;
  timezone?: string | undefined;
  cancelPrefix?: string | undefined;
}

/**
 * One import. `rows_done` and the counts advance in the same transaction as each batch of records,
 * so after a crash the job resumes at exactly the first row whose batch did not commit.
 */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    entity: text('entity', { enum: ['contacts', 'companies', 'orders', 'products'] }).notNull(),
    status: text('status', { enum: ['uploaded', 'queued', 'running', 'completed', 'failed', 'cancelled'] }).notNull(),
    filename: text('filename').notNull(),
    format: text('format', { enum: ['csv', 'xlsx'] }).notNull(),
    encoding: text('encoding'),
    sizeBytes: integer('size_bytes').notNull(),
    /** SHA-256 of the file, so the CLI resumes an interrupted import of the same file instead of starting over. */
    checksum: text('checksum').notNull(),
    totalRows: integer('total_rows'),
    headers: jsonb('headers').$type<string[]>().notNull().default([]),
    options: jsonb('options').$type<ImportOptionsRow>().notNull(),
    isDryRun: boolean('is_dry_run').notNull().default(false),
    rowsDone: integer('rows_done').notNull().default(0),
    countRead: integer('count_read').notNull().default(0),
    countCreated: integer('count_created').notNull().default(0),
    countUpdated: integer('count_updated').notNull().default(0),
    countSkipped: integer('count_skipped').notNull().default(0),
    countRejected: integer('count_rejected').notNull().default(0),
    error: text('error'),
    createdBy: text('created_by').notNull(),
    /** Who started it, as the audit log names them; the job writes on their behalf. */
    actor: jsonb('actor').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'date' }),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('imports_workspace_idx').on(t.workspaceId, t.id)],
);

/** The uploaded file, kept in the database so any worker can run or resume the import. */
export const importFiles = pgTable('import_files', {
  importId: uuid('import_id')
    .primaryKey()
    .references(() => imports.id, { onDelete: 'cascade' }),
  workspaceId: text('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  data: bytea('data').notNull(),
});

/** Rejected rows; the primary key makes a resumed batch unable to report a row twice. */
export const importRejects = pgTable(
  'import_rejects',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    rowNumber: integer('row_number').notNull(),
    reason: text('reason').notNull(),
    values: jsonb('values').$type<Record<string, string>>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [primaryKey({ columns: [t.importId, t.rowNumber] }), index('import_rejects_workspace_idx').on(t.workspaceId)],
);
