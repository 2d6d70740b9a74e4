import { and, eq, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Ctx } from '../../platform/context.js';
import { refreshStatistics, withWorkspace, type Db } from '../../platform/db.js';
import { assertOwner, findLifecycleStages, findUserByEmail } from '../auth/index.js';
import { companyIdsByName, writeCompanyRows } from '../companies/index.js';
import { loadWriteScope, writeContacts, type WriteItem } from '../contacts/index.js';
import { writeOrderBatch, writeProductBatch } from '../commerce/index.js';
import { addNote } from '../notes/index.js';
import type { SupportedEncoding } from './imports.decode.js';
import { readTable } from './imports.read.js';
import { rowToCompany, rowToContact, type RowExtras } from './imports.rows.js';
import { importFiles, importRejects, imports } from './imports.schema.js';
import type { TableRow } from './imports.types.js';

/** Rows per transaction: the unit that commits, counts and resumes together. */
export const importBatchSize = 500;

type ImportRow = typeof imports.$inferSelect;
interface Counts {
  created: number;
  updated: number;
  skipped: number;
  rejected: number;
}
interface Reject {
  rowNumber: number;
  reason: string;
  values: Record<string, string>;
}

/** Another runner moved the import on, or it was cancelled: this runner stops without writing. */
class Preempted extends Error {}

function ctxOf(db: Db, row: ImportRow, log: FastifyBaseLogger): Ctx {
  const actor = row.actor as { type: Ctx['actor']['type']; id: string | null; label: string; via: Ctx['via'] };
  return { db, workspaceId: row.workspaceId, actor: { type: actor.type, id: actor.id, label: actor.label }, role: null, via: actor.via, log };
}

/** Owner emails of a batch to user ids, checked for membership; outside the tenant transaction, which can't read users. */
async function resolveOwners(ctx: Ctx, emails: Set<string>): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  for (const email of emails) {
    const user = await findUserByEmail(ctx.db, email);
    const ok = user ? await assertOwner(ctx, user.id).then(() => true, () => false) : false;
    out.set(email, ok ? user!.id : null);
  }
  return out;
}

async function writeContactBatch(tx: Db, ctx: Ctx, row: ImportRow, rows: TableRow[], owners: Map<string, string | null>, counts: Counts, rejects: Reject[]) {
  const stages = await findLifecycleStages(tx, ctx.workspaceId);
  const items: WriteItem[] = [];
  const extras = new Map<number, RowExtras>();
  const byIndex = new Map<number, TableRow & { values: Record<string, string> }>();
  for (const r of rows) {
    if (!('values' in r)) {
      rejects.push({ rowNumber: r.rowNumber, reason: `Line ${r.line}: ${r.error}`, values: r.raw ? { raw: r.raw } : {} });
      continue;
    }
    const c = rowToContact(r.values, row.options.mapping, stages);
    if (!c.ok) {
      rejects.push({ rowNumber: r.rowNumber, reason: c.reason, values: r.values });
      continue;
    }
    const data = { ...c.data };
    if (c.extras.ownerEmail) {
      const owner = owners.get(c.extras.ownerEmail);
      if (!owner) {
        rejects.push({ rowNumber: r.rowNumber, reason: `owner: ${c.extras.ownerEmail} is not a member of this workspace`, values: r.values });
        continue;
      }
      data.ownerId = owner;
    }
    items.push({ index: r.rowNumber, data });
    extras.set(r.rowNumber, c.extras);
    byIndex.set(r.rowNumber, r);
  }
  // The batch's companies in two statements, not a lookup (and maybe an insert) per row.
  const names = items.flatMap((it) => extras.get(it.index)?.companyName ?? []);
  const companyIds = await companyIdsByName(tx, ctx, names, !row.isDryRun);
  for (const it of items) {
    const name = extras.get(it.index)?.companyName;
    if (name) it.data.companyId = companyIds.get(name.toLowerCase()) ?? undefined;
  }
  const scope = await loadWriteScope(tx, ctx);
  for (const id of companyIds.values()) scope.knownCompanyIds.add(id);
  const results = await writeContacts(scope, items, {
    match: row.options.match,
    onDuplicate: row.options.onDuplicate,
    addTags: row.options.tags,
    dryRun: row.isDryRun,
  });
  for (const res of results) {
    if (res.status === 'rejected') rejects.push({ rowNumber: res.index, reason: res.error?.message ?? 'rejected', values: byIndex.get(res.index)!.values });
    else if (res.status === 'created') counts.created++;
    else if (res.status === 'updated') counts.updated++;
    else counts.skipped++;
    const note = extras.get(res.index)?.note;
    if (note && res.id && !row.isDryRun && (res.status === 'created' || res.status === 'updated')) await addNote(tx, ctx, { entity: 'contact', id: res.id }, note);
  }
}

async function writeCompanyBatch(tx: Db, ctx: Ctx, row: ImportRow, rows: TableRow[], owners: Map<string, string | null>, counts: Counts, rejects: Reject[]) {
  const items = [];
  const values = new Map<number, Record<string, string>>();
  for (const r of rows) {
    if (!('values' in r)) {
      rejects.push({ rowNumber: r.rowNumber, reason: `Line ${r.line}: ${r.error}`, values: r.raw ? { raw: r.raw } : {} });
      continue;
    }
    const c = rowToCompany(r.values, row.options.mapping);
    const owner = c.ok && c.extras.ownerEmail ? owners.get(c.extras.ownerEmail) : undefined;
    if (!c.ok || owner === null) {
      rejects.push({ rowNumber: r.rowNumber, reason: c.ok ? `owner: ${c.extras.ownerEmail} is not a member of this workspace` : c.reason, values: r.values });
      continue;
    }
    items.push({ index: r.rowNumber, data: owner ? { ...c.data, ownerId: owner } : c.data });
    values.set(r.rowNumber, r.values);
  }
  for (const res of await writeCompanyRows(tx, ctx, items, { onDuplicate: row.options.onDuplicate, addTags: row.options.tags, dryRun: row.isDryRun })) {
    if (res.status === 'rejected') rejects.push({ rowNumber: res.index, reason: res.reason ?? 'rejected', values: values.get(res.index)! });
    else counts[res.status]++;
  }
}

/** Orders (one row per line item, grouped by order id) or products, written by the commerce module. */
async function writeCommerceBatch(tx: Db, ctx: Ctx, row: ImportRow, rows: TableRow[], counts: Counts, rejects: Reject[]) {
  const values = new Map<number, Record<string, string>>();
  const good: { rowNumber: number; values: Record<string, string> }[] = [];
  for (const r of rows) {
    if (!('values' in r)) rejects.push({ rowNumber: r.rowNumber, reason: `Line ${r.line}: ${r.error}`, values: r.raw ? { raw: r.raw } : {} });
    else {
      good.push({ rowNumber: r.rowNumber, values: r.values });
      values.set(r.rowNumber, r.values);
    }
  }
  const o = row.options;
  const results =
    row.entity === 'orders'
      ? await writeOrderBatch(tx, ctx, { fileKey: row.checksum.slice(0, 16), mapping: o.mapping, currency: o.currency ?? null, timezone: o.timezone ?? 'UTC', cancelPrefix: o.cancelPrefix ?? null, dryRun: row.isDryRun }, good)
      : await writeProductBatch(tx, ctx, o.mapping, good, row.isDryRun);
  for (const res of results) {
    if (res.status === 'rejected') rejects.push({ rowNumber: res.rowNumber, reason: res.reason ?? 'rejected', values: values.get(res.rowNumber)! });
    else counts[res.status]++;
  }
}

/**
 * Commits one batch: its records, its rejected rows and the import's progress in one transaction.
 * The progress update only applies if the import is still running at the row this runner started
 * from, so a second runner or a cancel makes this batch roll back instead of importing twice.
 */
async function commitBatch(ctx: Ctx, row: ImportRow, rows: TableRow[], startAt: number): Promise<void> {
  const ownerEmails = new Set<string>();
  const ownerHeader = Object.entries(row.options.mapping).find(([, t]) => t === 'owner')?.[0];
  if (ownerHeader) for (const r of rows) if ('values' in r && r.values[ownerHeader]) ownerEmails.add(r.values[ownerHeader]!.trim().toLowerCase());
  const owners = await resolveOwners(ctx, ownerEmails);
  await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const counts: Counts = { created: 0, updated: 0, skipped: 0, rejected: 0 };
    const rejects: Reject[] = [];
    if (row.entity === 'contacts') await writeContactBatch(tx, ctx, row, rows, owners, counts, rejects);
    else if (row.entity === 'companies') await writeCompanyBatch(tx, ctx, row, rows, owners, counts, rejects);
    else await writeCommerceBatch(tx, ctx, row, rows, counts, rejects);
    if (rejects.length) {
      await tx.insert(importRejects).values(rejects.map((r) => ({ importId: row.id, workspaceId: row.workspaceId, ...r })));
    }
    const moved = await tx
      .update(imports)
      .set({
        rowsDone: sql`${imports.rowsDone} + ${rows.length}`,
        countRead: sql`${imports.countRead} + ${rows.length}`,
        countCreated: sql`${imports.countCreated} + ${counts.created}`,
        countUpdated: sql`${imports.countUpdated} + ${counts.updated}`,
        countSkipped: sql`${imports.countSkipped} + ${counts.skipped}`,
        countRejected: sql`${imports.countRejected} + ${rejects.length}`,
      })
      .where(and(eq(imports.id, row.id), eq(imports.status, 'running'), eq(imports.rowsDone, startAt)))
      .returning({ id: imports.id });
    if (moved.length === 0) throw new Preempted();
  });
}

/** Batches between refreshes of the planner's statistics during an import. */
const statisticsEvery = 20;

/**
 * Runs (or resumes) an import from the first row whose batch has not committed. Safe to call
 * again after a crash, and from two workers at once: each batch commits exactly once.
 */
export async function runImport(db: Db, workspaceId: string, importId: string, log: FastifyBaseLogger, onProgress?: (done: number) => void): Promise<void> {
  const claimed = await withWorkspace(db, workspaceId, async (tx) => {
    const [r] = await tx
      .update(imports)
      .set({ status: 'running', startedAt: sql`coalesce(${imports.startedAt}, now())` })
      .where(and(eq(imports.id, importId), sql`${imports.status} in ('queued', 'running')`))
      .returning();
    if (!r) return null;
    const [file] = await tx.select().from(importFiles).where(eq(importFiles.importId, importId));
    return { row: r, data: file!.data };
  });
  if (!claimed) return;
  const { row, data } = claimed;
  const ctx = ctxOf(db, row, log);
  let done = row.rowsDone;
  try {
    const reader = await readTable(data, { format: row.format, filename: row.filename, encoding: (row.options.encoding ?? undefined) as SupportedEncoding | undefined, skipRows: done });
    let batch: TableRow[] = [];
    for await (const r of reader) {
      batch.push(r);
      if (batch.length === importBatchSize) {
        await commitBatch(ctx, row, batch, done);
        done += batch.length;
        batch = [];
        // A bulk load outruns autovacuum (and PGlite has none): keep duplicate matching on its indexes.
        if ((done - row.rowsDone) % (importBatchSize * statisticsEvery) === importBatchSize) await refreshStatistics(db, row.entity);
        onProgress?.(done);
        // PGlite runs in this thread and resolves queries without yielding; let requests in between batches.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    if (batch.length) {
      await commitBatch(ctx, row, batch, done);
      done += batch.length;
      onProgress?.(done);
    }
    await withWorkspace(db, workspaceId, (tx) =>
      tx.update(imports).set({ status: 'completed', finishedAt: new Date() }).where(and(eq(imports.id, importId), eq(imports.status, 'running'))),
    );
  } catch (err) {
    if (err instanceof Preempted) return;
    log.error({ err, importId }, 'import failed');
    await withWorkspace(db, workspaceId, (tx) =>
      tx
        .update(imports)
        .set({ status: 'failed', error: (err as Error).message, finishedAt: new Date() })
        .where(and(eq(imports.id, importId), eq(imports.status, 'running'))),
    );
  }
}
