import { createHash } from 'node:crypto';
import { and, asc, desc, eq, gt, lt, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Import, ImportOptions, ImportPreview, ImportReject, Page } from '@rapport/contracts';
import { importOptionsSchema } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { withWorkspace, type Db } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { decodeCursor, encodeCursor, isUuid } from '../../platform/pagination.js';
import { parseEncoding, type SupportedEncoding } from './imports.decode.js';
import { suggestMapping } from './imports.mapping.js';
import { previewTable } from './imports.read.js';
import { importFiles, importRejects, imports, type ImportOptionsRow } from './imports.schema.js';
import { importTargets, type ImportEntity } from './imports.targets.js';

type ImportRow = typeof imports.$inferSelect;

export function toImport(r: ImportRow): Import {
  return {
    id: r.id,
    entity: r.entity,
    status: r.status,
    filename: r.filename,
    format: r.format,
    encoding: r.encoding,
    sizeBytes: r.sizeBytes,
    totalRows: r.totalRows,
    headers: r.headers,
    options: r.options,
    counts: { read: r.countRead, created: r.countCreated, updated: r.countUpdated, skipped: r.countSkipped, rejected: r.countRejected },
    isDryRun: r.isDryRun,
    error: r.error,
    createdAt: r.createdAt.toISOString(),
    startedAt: r.startedAt?.toISOString() ?? null,
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}

async function loadImport(tx: Db, ctx: Ctx, id: string, forUpdate = false): Promise<ImportRow> {
  if (!isUuid(id)) throw notFound('Import');
  const q = tx.select().from(imports).where(and(eq(imports.workspaceId, ctx.workspaceId), eq(imports.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  if (!row) throw notFound('Import');
  return row;
}

async function previewOf(tx: Db, ctx: Ctx, row: ImportRow, data: Uint8Array): Promise<ImportPreview> {
  const preview = await previewTable(data, { format: row.format, filename: row.filename, encoding: (row.options.encoding ?? undefined) as SupportedEncoding | undefined });
  const targets = await importTargets(tx, ctx.workspaceId, row.entity);
  return {
    import: toImport(row),
    rows: preview.rows.map((r) => ('values' in r ? r.values : { [preview.headers[0] ?? 'row']: `⚠ ${r.error}` })),
    suggestedMapping: suggestMapping(preview.headers, targets),
    targets: targets.map((t) => ({ key: t.key, label: t.label, isRequired: t.isRequired })),
  };
}

/** Each group names targets of which the mapping must use at least one. */
const requiredMapping: Record<ImportEntity, string[][]> = {
  contacts: [['fullName', 'firstName', 'lastName', 'displayName', 'email', 'phone', 'externalId']],
  companies: [['name']],
  orders: [['orderId'], ['placedAt']],
  products: [['sku']],
};
const requiredMessage: Record<ImportEntity, string> = {
  contacts: 'Map a name, email, phone or external id column',
  companies: 'Map the company name column',
  orders: 'Map the order id and order date columns',
  products: 'Map the SKU column',
};

/** Mapping targets must exist, and something must say who each row is. */
function checkOptions(options: ImportOptionsRow, headers: string[], targetKeys: Set<string>, entity: ImportEntity) {
  const errors = [];
  for (const [header, target] of Object.entries(options.mapping)) {
    if (!headers.includes(header)) errors.push({ path: `mapping.${header}`, message: 'No such column in the file' });
    if (target && !targetKeys.has(target)) errors.push({ path: `mapping.${header}`, message: `Unknown field ${target}` });
  }
  const used = Object.values(options.mapping).filter(Boolean);
  const dupes = used.filter((t, i) => used.indexOf(t) !== i && !['tags', 'emails', 'phones'].includes(t!));
  for (const t of new Set(dupes)) errors.push({ path: 'mapping', message: `Two columns map to ${t}` });
  const required = requiredMapping[entity];
  if (!required.every((group) => used.some((t) => group.includes(t!)))) errors.push({ path: 'mapping', message: requiredMessage[entity] });
  if (errors.length) throw new AppError('validation_failed', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
}

export interface UploadInput {
  entity: ImportEntity;
  filename: string;
  data: Uint8Array;
  options?: ImportOptions | undefined;
  maxBytes: number;
}

/** Stores an uploaded file as a new import and returns what the wizard shows: a preview and suggested mapping. */
export async function createImport(ctx: Ctx, input: UploadInput): Promise<ImportPreview> {
  if (input.data.byteLength > input.maxBytes) {
    throw new AppError('payload_too_large', `The file is ${(input.data.byteLength / 1048576).toFixed(1)} MB; the limit is ${(input.maxBytes / 1048576).toFixed(0)} MB`);
  }
  const opts = importOptionsSchema.parse(input.options ?? {});
  const encoding = opts.encoding ? parseEncoding(opts.encoding) : null;
  const preview = await previewTable(input.data, { filename: input.filename, encoding: encoding ?? undefined, limit: 0 });
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const targets = await importTargets(tx, ctx.workspaceId, input.entity);
    const options: ImportOptionsRow = {
      mapping: opts.mapping ?? suggestMapping(preview.headers, targets),
      match: opts.match ?? 'email',
      onDuplicate: opts.onDuplicate ?? 'skip',
      encoding: encoding ?? preview.encoding?.encoding ?? null,
      tags: opts.tags ?? [],
      ...(opts.currency ? { currency: opts.currency } : {}),
      ...(opts.timezone ? { timezone: opts.timezone } : {}),
      ...(opts.cancelPrefix ? { cancelPrefix: opts.cancelPrefix } : {}),
    };
    if (opts.mapping) checkOptions(options, preview.headers, new Set(targets.map((t) => t.key)), input.entity);
    const [row] = await tx
      .insert(imports)
      .values({
        id: uuidv7(),
        workspaceId: ctx.workspaceId,
        entity: input.entity,
        status: 'uploaded',
        filename: input.filename.slice(0, 255),
        format: preview.format,
        encoding: preview.encoding?.encoding ?? null,
        sizeBytes: input.data.byteLength,
        checksum: createHash('sha256').update(input.data).digest('hex'),
        totalRows: preview.totalRows,
        headers: preview.headers,
        options,
        createdBy: ctx.actor.label,
        actor: { ...ctx.actor, via: ctx.via },
      })
      .returning();
    await tx.insert(importFiles).values({ importId: row!.id, workspaceId: ctx.workspaceId, data: input.data });
    return previewOf(tx, ctx, row!, input.data);
  });
}

export async function getImport(ctx: Ctx, id: string): Promise<Import> {
  return toImport(await withWorkspace(ctx.db, ctx.workspaceId, (tx) => loadImport(tx, ctx, id)));
}

export async function getImportPreview(ctx: Ctx, id: string): Promise<ImportPreview> {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const row = await loadImport(tx, ctx, id);
    const [file] = await tx.select().from(importFiles).where(eq(importFiles.importId, id));
    return previewOf(tx, ctx, row, file!.data);
  });
}

export async function listImports(ctx: Ctx, q: { limit: number; cursor?: string | undefined }): Promise<Page<Import>> {
  const before = decodeCursor(q.cursor, isUuid);
  const rows = await withWorkspace(ctx.db, ctx.workspaceId, (tx) =>
    tx
      .select()
      .from(imports)
      .where(and(eq(imports.workspaceId, ctx.workspaceId), before ? lt(imports.id, before) : undefined))
      .orderBy(desc(imports.id))
      .limit(q.limit + 1),
  );
  const data = rows.slice(0, q.limit);
  return { data: data.map(toImport), nextCursor: rows.length > q.limit ? encodeCursor(data[data.length - 1]!.id) : null };
}

const editable = (r: ImportRow) => r.status === 'uploaded' || (r.isDryRun && r.status === 'completed');

export async function updateImportOptions(ctx: Ctx, id: string, input: ImportOptions): Promise<Import> {
  const patch = importOptionsSchema.parse(input);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const row = await loadImport(tx, ctx, id, true);
    if (!editable(row)) throw new AppError('conflict', `The import is ${row.status}; its options can't change now`);
    const targets = await importTargets(tx, ctx.workspaceId, row.entity);
    let headers = row.headers;
    let mapping = patch.mapping ?? row.options.mapping;
    const encoding = patch.encoding ?? row.options.encoding;
    if (patch.encoding && patch.encoding !== row.options.encoding) {
      // Read another way, the file has other column names: the mapping follows them unless given.
      const [file] = await tx.select().from(importFiles).where(eq(importFiles.importId, id));
      const preview = await previewTable(file!.data, { format: row.format, filename: row.filename, encoding: patch.encoding, limit: 0 });
      headers = preview.headers;
      if (!patch.mapping) mapping = suggestMapping(headers, targets);
    }
    const options: ImportOptionsRow = { ...row.options, ...patch, mapping, encoding };
    if (patch.mapping || !patch.encoding) checkOptions(options, headers, new Set(targets.map((t) => t.key)), row.entity);
    const [updated] = await tx.update(imports).set({ options, headers, encoding: encoding ?? row.encoding }).where(eq(imports.id, id)).returning();
    return toImport(updated!);
  });
}

/**
 * Queues the import (or a dry run of it). A real run after a dry run starts from zero; a failed
 * import resumes where it stopped.
 */
export async function startImport(ctx: Ctx, id: string, dryRun: boolean, enqueue: (workspaceId: string, importId: string) => Promise<void>): Promise<Import> {
  const row = await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const r = await loadImport(tx, ctx, id, true);
    const targets = await importTargets(tx, ctx.workspaceId, r.entity);
    checkOptions(r.options, r.headers, new Set(targets.map((t) => t.key)), r.entity);
    const resume = r.status === 'failed' && !r.isDryRun && !dryRun;
    if (!editable(r) && !resume) throw new AppError('conflict', `The import is already ${r.status}`);
    if (!resume) await tx.delete(importRejects).where(eq(importRejects.importId, id));
    const reset = resume
      ? {}
      : { rowsDone: 0, countRead: 0, countCreated: 0, countUpdated: 0, countSkipped: 0, countRejected: 0, startedAt: null, finishedAt: null };
    const [u] = await tx.update(imports).set({ ...reset, status: 'queued', isDryRun: dryRun, error: null }).where(eq(imports.id, id)).returning();
    return u!;
  });
  await enqueue(ctx.workspaceId, id);
  return toImport(row);
}

export async function cancelImport(ctx: Ctx, id: string): Promise<Import> {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const row = await loadImport(tx, ctx, id, true);
    if (row.status === 'completed' || row.status === 'failed' || row.status === 'cancelled') throw new AppError('conflict', `The import is already ${row.status}`);
    // Batches already committed stay; the running batch rolls back when it sees the status.
    const [u] = await tx.update(imports).set({ status: 'cancelled', finishedAt: new Date() }).where(eq(imports.id, id)).returning();
    return toImport(u!);
  });
}

export async function listRejects(ctx: Ctx, id: string, q: { limit: number; cursor?: string | undefined }): Promise<Page<ImportReject>> {
  const after = q.cursor ? Number(decodeCursor(q.cursor, (k) => /^\d{1,9}$/.test(k))) : 0;
  const rows = await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    await loadImport(tx, ctx, id);
    return tx
      .select()
      .from(importRejects)
      .where(and(eq(importRejects.importId, id), gt(importRejects.rowNumber, after)))
      .orderBy(asc(importRejects.rowNumber))
      .limit(q.limit + 1);
  });
  const data = rows.slice(0, q.limit);
  return {
    data: data.map((r) => ({ rowNumber: r.rowNumber, reason: r.reason, values: r.values })),
    nextCursor: rows.length > q.limit ? encodeCursor(String(data[data.length - 1]!.rowNumber)) : null,
  };
}

/** Imports a crash left queued or running, to hand back to the queue when workers start. */
export async function findUnfinishedImports(db: Db): Promise<{ workspaceId: string; id: string }[]> {
  return db.select({ workspaceId: imports.workspaceId, id: imports.id }).from(imports).where(sql`${imports.status} in ('queued', 'running')`);
}

/** An unfinished import of the same file, so the CLI resumes it rather than importing twice. */
export async function findResumableImport(ctx: Ctx, entity: ImportEntity, data: Uint8Array): Promise<ImportRow | null> {
  const checksum = createHash('sha256').update(data).digest('hex');
  const [row] = await withWorkspace(ctx.db, ctx.workspaceId, (tx) =>
    tx
      .select()
      .from(imports)
      .where(and(eq(imports.workspaceId, ctx.workspaceId), eq(imports.entity, entity), eq(imports.checksum, checksum), eq(imports.isDryRun, false), sql`${imports.status} in ('queued', 'running', 'failed')`))
      .orderBy(desc(imports.id))
      .limit(1),
  );
  return row ?? null;
}
