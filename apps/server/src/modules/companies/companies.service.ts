import { v7 as uuidv7 } from 'uuid';
import { sql } from 'drizzle-orm';
import type { Company, CreateCompanyInput, FilterGroup, Page, QueryCompaniesInput, Sort, UpdateCompanyInput } from '@rapport/contracts';
import { createCompanyInputSchema, filterGroupSchema, queryCompaniesInputSchema, updateCompanyInputSchema } from '@rapport/contracts';
import { addressColumns, addressOf } from '../../platform/address.js';
import type { Ctx } from '../../platform/context.js';
import { textArray, withWorkspace, type Db } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { compileFilter, describeField, parseFilterParam } from '../../platform/filters.js';
import { isUuid } from '../../platform/pagination.js';
import { planSort } from '../../platform/sorted-keyset.js';
import { searchPattern } from '../../platform/search-text.js';
import { diffFields, recordAudit, recordAudits } from '../audit/index.js';
import { assertOwner, findDefaultRegion } from '../auth/index.js';
import { applyCustomValues, listFieldDefinitions } from '../custom-fields/index.js';
import { checkTaxId, normalizeDomain } from './companies.domain.js';
import { companyFields } from './companies.fields.js';
import * as repo from './companies.repo.js';
import type { CompanyPatch, CompanyRow } from './companies.repo.js';
import { companies } from './companies.schema.js';

const auditIgnored = ['id', 'workspaceId', 'createdAt', 'updatedAt', 'searchText'];

export function toCompany(r: CompanyRow): Company {
  return {
    id: r.id,
    name: r.name,
    domain: r.domain,
    industry: r.industry,
    size: r.size as Company['size'],
    taxId: r.taxId,
    address: addressOf(r),
    ownerId: r.ownerId,
    tags: r.tags,
    externalId: r.externalId,
    custom: r.custom,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

type CompanyData = ReturnType<typeof updateCompanyInputSchema.parse>;

async function toPatch(tx: Db, ctx: Ctx, data: CompanyData, before: CompanyRow | null): Promise<CompanyPatch> {
  const patch: CompanyPatch = { ...addressColumns(data.address) };
  for (const k of ['name', 'industry', 'size', 'taxId', 'ownerId', 'tags', 'externalId'] as const) {
    if (data[k] !== undefined) (patch as Record<string, unknown>)[k] = data[k];
  }
  if (data.domain !== undefined) patch.domain = data.domain ? normalizeDomain(data.domain) : null;
  const country = patch.addressCountry !== undefined ? patch.addressCountry : (before?.addressCountry ?? null);
  const taxId = patch.taxId !== undefined ? patch.taxId : (before?.taxId ?? null);
  if (patch.taxId !== undefined || patch.addressCountry !== undefined) checkTaxId(taxId, country);
  if (data.custom !== undefined || before === null) {
    patch.custom = await applyCustomValues(
      {
        db: tx,
        workspaceId: ctx.workspaceId,
        entity: 'company',
        defs: await listFieldDefinitions(tx, ctx.workspaceId, 'company'),
        region: await findDefaultRegion(tx, ctx.workspaceId),
        recordId: before?.id ?? null,
        before: before?.custom ?? null,
      },
      data.custom,
    );
  }
  if (patch.domain && patch.domain !== before?.domain) {
    const holder = await repo.findCompanyBy(tx, ctx.workspaceId, { domain: patch.domain });
    if (holder && holder.id !== before?.id) {
      throw new AppError('conflict', `${holder.name} already has the domain ${patch.domain}`, { errors: [{ path: 'domain', message: 'Domain already used' }] });
    }
  }
  return patch;
}

export async function createCompany(ctx: Ctx, input: CreateCompanyInput): Promise<Company> {
  const data = createCompanyInputSchema.parse(input);
  await assertOwner(ctx, data.ownerId);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const patch = await toPatch(tx, ctx, data, null);
    const row = await repo.insertCompany(tx, { ...patch, name: data.name, id: uuidv7(), workspaceId: ctx.workspaceId });
    await recordAudit(tx, ctx, { entity: 'company', entityId: row.id, action: 'create', changes: diffFields(null, row, auditIgnored) });
    return toCompany(row);
  });
}

export async function getCompany(ctx: Ctx, id: string): Promise<Company> {
  const row = isUuid(id) ? await withWorkspace(ctx.db, ctx.workspaceId, (tx) => repo.findCompany(tx, ctx.workspaceId, id)) : null;
  if (!row) throw notFound('Company');
  return toCompany(row);
}

export async function updateCompany(ctx: Ctx, id: string, input: UpdateCompanyInput): Promise<Company> {
  const data = updateCompanyInputSchema.parse(input);
  if (!isUuid(id)) throw notFound('Company');
  await assertOwner(ctx, data.ownerId);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const before = await repo.findCompany(tx, ctx.workspaceId, id, { forUpdate: true });
    if (!before) throw notFound('Company');
    const after = await repo.updateCompany(tx, ctx.workspaceId, id, await toPatch(tx, ctx, data, before));
    await recordAudit(tx, ctx, { entity: 'company', entityId: id, action: 'update', changes: diffFields(before, after, auditIgnored) });
    return toCompany(after);
  });
}

/** Its people stay, unlinked (the foreign key sets their company to null). */
export async function deleteCompany(ctx: Ctx, id: string): Promise<void> {
  if (!isUuid(id)) throw notFound('Company');
  await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const before = await repo.findCompany(tx, ctx.workspaceId, id, { forUpdate: true });
    if (!before) throw notFound('Company');
    await repo.deleteCompany(tx, ctx.workspaceId, id);
    await recordAudit(tx, ctx, { entity: 'company', entityId: id, action: 'delete', changes: diffFields(before, null, auditIgnored) });
  });
}

export async function listCompanyFields(ctx: Ctx) {
  const fields = await withWorkspace(ctx.db, ctx.workspaceId, (tx) => companyFields(tx, ctx.workspaceId));
  return { data: [...fields.values()].map(describeField) };
}

export interface CompanyListQuery {
  q?: string | undefined;
  tag?: string | undefined;
  filter?: FilterGroup | null | undefined;
  sort?: Sort | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** Rows of a list query inside an open transaction; export streams through this page by page. */
export async function queryCompanyRows(tx: Db, workspaceId: string, q: CompanyListQuery) {
  const fields = await companyFields(tx, workspaceId);
  const plan = planSort(q.sort, fields, sql`${companies.id}`, q.cursor);
  const pattern = q.q ? searchPattern(q.q) : null;
  const rows = await repo.queryCompanies(tx, workspaceId, {
    where: [
      q.filter ? compileFilter(q.filter, fields) : undefined,
      q.tag ? sql`${companies.tags} @> ${textArray([q.tag])}` : undefined,
      pattern ? sql`${companies.searchText} like ${pattern}` : undefined,
    ],
    sort: plan,
    limit: q.limit,
  });
  const hasMore = rows.length > q.limit;
  const data = hasMore ? rows.slice(0, q.limit) : rows;
  const last = data[data.length - 1];
  return { rows: data, nextCursor: hasMore && last ? plan.cursorOf(last) : null };
}

export async function queryCompanies(ctx: Ctx, input: QueryCompaniesInput): Promise<Page<Company>> {
  const q = queryCompaniesInputSchema.parse(input);
  const { rows, nextCursor } = await withWorkspace(ctx.db, ctx.workspaceId, (tx) => queryCompanyRows(tx, ctx.workspaceId, q));
  return { data: rows.map(toCompany), nextCursor };
}

/** GET /companies: the same query, its filter given as JSON in the query string. */
export async function listCompanies(
  ctx: Ctx,
  q: { q?: string | undefined; tag?: string | undefined; filter?: string | undefined; sort?: string | undefined; order?: 'asc' | 'desc' | undefined; limit: number; cursor?: string | undefined },
): Promise<Page<Company>> {
  const filter = parseFilterParam(q.filter, (v) => filterGroupSchema.parse(v));
  const sort = q.sort ? { field: q.sort, order: q.order ?? 'asc' } : undefined;
  const { rows, nextCursor } = await withWorkspace(ctx.db, ctx.workspaceId, (tx) =>
    queryCompanyRows(tx, ctx.workspaceId, { q: q.q, tag: q.tag, filter, sort, limit: q.limit, cursor: q.cursor }),
  );
  return { data: rows.map(toCompany), nextCursor };
}

export async function searchCompanies(tx: Db, workspaceId: string, q: string, limit: number) {
  return repo.searchCompanies(tx, workspaceId, searchPattern(q), limit);
}

/** A company a contact may link to: it must exist in the same workspace. */
export async function findCompanyForLink(tx: Db, workspaceId: string, id: string): Promise<CompanyRow | null> {
  return isUuid(id) ? repo.findCompany(tx, workspaceId, id) : null;
}

/** The filterable fields of companies, for saved views. */
export const companyFieldMap = (ctx: Ctx) => withWorkspace(ctx.db, ctx.workspaceId, (tx) => companyFields(tx, ctx.workspaceId));

export async function assertCompany(ctx: Ctx, id: string): Promise<void> {
  await getCompany(ctx, id);
}

/**
 * An import's company rows, inside the import's transaction: each matches an existing company by
 * external id, then domain, then exact name, and is created, updated, filled in or skipped.
 */
export async function writeCompanyRows(
  tx: Db,
  ctx: Ctx,
  items: { index: number; data: CompanyData }[],
  opts: { onDuplicate: 'skip' | 'update' | 'fill_empty'; addTags: string[]; dryRun: boolean },
): Promise<{ index: number; status: 'created' | 'updated' | 'skipped' | 'rejected'; id: string | null; reason?: string }[]> {
  const out = [];
  for (const { index, data } of items) {
    try {
      const domain = data.domain ? normalizeDomain(data.domain) : null;
      const existing =
        (data.externalId ? await repo.findCompanyBy(tx, ctx.workspaceId, { externalId: data.externalId }) : null) ??
        (domain ? await repo.findCompanyBy(tx, ctx.workspaceId, { domain }) : null) ??
        (data.name ? await repo.findCompanyBy(tx, ctx.workspaceId, { name: data.name }) : null);
      const withTags = { ...data, tags: [...new Set([...(existing?.tags ?? []), ...(data.tags ?? []), ...opts.addTags])] };
      if (!existing) {
        if (!data.name) throw new AppError('validation_failed', 'name: A company needs a name');
        const patch = await toPatch(tx, ctx, withTags, null);
        if (!opts.dryRun) {
          const row = await repo.insertCompany(tx, { ...patch, name: data.name, id: uuidv7(), workspaceId: ctx.workspaceId });
          await recordAudit(tx, ctx, { entity: 'company', entityId: row.id, action: 'create', changes: diffFields(null, row, auditIgnored) });
          out.push({ index, status: 'created' as const, id: row.id });
        } else out.push({ index, status: 'created' as const, id: null });
        continue;
      }
      if (opts.onDuplicate === 'skip') {
        out.push({ index, status: 'skipped' as const, id: existing.id });
        continue;
      }
      const full = await toPatch(tx, ctx, withTags, existing);
      const patch =
        opts.onDuplicate === 'fill_empty'
          ? Object.fromEntries(Object.entries(full).filter(([k]) => { const v = (existing as Record<string, unknown>)[k]; return v === null || v === '' || (Array.isArray(v) && v.length === 0) || k === 'tags'; }))
          : full;
      if (!opts.dryRun) {
        const after = await repo.updateCompany(tx, ctx.workspaceId, existing.id, patch);
        await recordAudit(tx, ctx, { entity: 'company', entityId: existing.id, action: 'update', changes: diffFields(existing, after, auditIgnored) });
      }
      out.push({ index, status: 'updated' as const, id: existing.id });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      out.push({ index, status: 'rejected' as const, id: null, reason: e.message });
    }
  }
  return out;
}

/**
 * The companies an import's contacts name, by name (case-insensitive), in two statements per batch:
 * one lookup, and one insert of those missing (skipped on a dry run).
 */
export async function companyIdsByName(tx: Db, ctx: Ctx, names: string[], create: boolean): Promise<Map<string, string>> {
  const wanted = [...new Map(names.map((n) => [n.toLowerCase(), n])).entries()];
  const ids = new Map((await repo.findCompaniesByNames(tx, ctx.workspaceId, wanted.map(([k]) => k))).map((r) => [r.name.toLowerCase(), r.id]));
  const missing = wanted.filter(([k]) => !ids.has(k));
  if (create && missing.length) {
    const rows = await repo.insertCompanies(tx, missing.map(([, name]) => ({ id: uuidv7(), workspaceId: ctx.workspaceId, name })));
    await recordAudits(tx, ctx, rows.map((row) => ({ entity: 'company', entityId: row.id, action: 'create' as const, changes: diffFields(null, row, auditIgnored) })));
    for (const r of rows) ids.set(r.name.toLowerCase(), r.id);
  }
  return ids;
}
