import type { z } from 'zod';
import type { contactInputSchema } from '@rapport/contracts';
import { addressColumns } from '../../platform/address.js';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { AppError, type FieldError } from '../../platform/errors.js';
import { toE164 } from '../../platform/phone.js';
import { findDefaultRegion, findLifecycleStages } from '../auth/index.js';
import { findCompanyForLink } from '../companies/index.js';
import { applyCustomValues, listFieldDefinitions, type CustomFieldRow } from '../custom-fields/index.js';
import { findMatches, type ContactPatch, type ContactRow } from './contacts.repo.js';

/** A contact input after its zod schema ran: trimmed, emails lower-cased, empties as null. */
export type ContactData = z.output<typeof contactInputSchema>;

/** What validating a contact needs from the workspace, loaded once per request or import batch. */
export interface WriteScope {
  tx: Db;
  ctx: Ctx;
  region: string | null;
  stages: Set<string>;
  defs: CustomFieldRow[];
  /** Companies already known to exist in this transaction, so links to them need no lookup. */
  knownCompanyIds: Set<string>;
  /** External ids the caller has checked are free in this transaction, so they need no lookup. */
  freeExternalIds?: Set<string>;
}

export async function loadWriteScope(tx: Db, ctx: Ctx): Promise<WriteScope> {
  // One after another: a transaction is one connection, which runs one query at a time.
  const region = await findDefaultRegion(tx, ctx.workspaceId);
  const stages = await findLifecycleStages(tx, ctx.workspaceId);
  const defs = await listFieldDefinitions(tx, ctx.workspaceId, 'contact');
  return { tx, ctx, region, stages: new Set(stages.map((s) => s.key)), defs, knownCompanyIds: new Set() };
}

const timezones = new Set(Intl.supportedValuesOf('timeZone'));
timezones.add('UTC');

const scalarKeys = [
  'firstName',
  'lastName',
  'displayName',
  'email',
  'gender',
  'birthday',
  'locale',
  'timezone',
  'companyId',
  'companyRole',
  'jobTitle',
  'ownerId',
  'source',
  'lifecycleStage',
  'tags',
  'externalId',
] as const;

/**
 * Turns validated input into the columns to write, checking what zod can't: phone numbers (to
 * E.164 in the workspace's region), the time zone, the lifecycle stage, the company link and the
 * custom fields. Every problem is reported at once, each with its field path.
 */
export async function prepareContact(scope: WriteScope, data: ContactData, before: ContactRow | null): Promise<ContactPatch> {
  const errors: FieldError[] = [];
  const patch: ContactPatch = { ...addressColumns(data.address) };
  for (const k of scalarKeys) if (data[k] !== undefined) (patch as Record<string, unknown>)[k] = data[k];

  if (data.phone) patch.phone = (await collect(errors, () => toE164(data.phone!, scope.region))) ?? null;
  if (data.phones) {
    const phones = [];
    for (const [i, p] of data.phones.entries()) phones.push((await collect(errors, () => toE164(p, scope.region, `phones.${i}`))) ?? '');
    patch.phones = [...new Set(phones)];
  }
  const primaryEmail = patch.email !== undefined ? patch.email : (before?.email ?? null);
  const primaryPhone = patch.phone !== undefined ? patch.phone : (before?.phone ?? null);
  // The primary value is never repeated among the others.
  if (data.emails) patch.emails = [...new Set(data.emails)].filter((e) => e !== primaryEmail);
  if (patch.phones) patch.phones = patch.phones.filter((p) => p !== primaryPhone);

  if (data.timezone && !timezones.has(data.timezone)) errors.push({ path: 'timezone', message: 'Not a known time zone, e.g. Asia/Taipei' });
  if (data.lifecycleStage && !scope.stages.has(data.lifecycleStage) && data.lifecycleStage !== before?.lifecycleStage) {
    errors.push({ path: 'lifecycleStage', message: `Not one of this workspace's stages: ${[...scope.stages].join(', ')}` });
  }
  const isKnownCompany = (id: string) => scope.knownCompanyIds.has(id) || id === before?.companyId;
  if (data.companyId && !isKnownCompany(data.companyId) && !(await findCompanyForLink(scope.tx, scope.ctx.workspaceId, data.companyId))) {
    errors.push({ path: 'companyId', message: 'No such company in this workspace' });
  } else if (data.companyId) scope.knownCompanyIds.add(data.companyId);
  if (patch.externalId && patch.externalId !== before?.externalId && !scope.freeExternalIds?.has(patch.externalId)) {
    const [holder] = await findMatches(scope.tx, scope.ctx.workspaceId, { emails: [], phones: [], externalIds: [patch.externalId] });
    if (holder && holder.id !== before?.id) errors.push({ path: 'externalId', message: 'Another record already has this external id' });
  }
  if (data.custom !== undefined || before === null) {
    const custom = await collect(errors, () =>
      applyCustomValues(
        {
          db: scope.tx,
          workspaceId: scope.ctx.workspaceId,
          entity: 'contact',
          defs: scope.defs,
          region: scope.region,
          recordId: before?.id ?? null,
          before: before?.custom ?? null,
        },
        data.custom,
      ),
    );
    if (custom) patch.custom = custom;
  }
  if (errors.length) {
    const conflict = errors.every((e) => e.message.startsWith('Another record'));
    throw new AppError(conflict ? 'conflict' : 'validation_failed', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
  }
  return patch;
}

/** Runs one check, collecting its field errors instead of stopping at the first. */
async function collect<T>(errors: FieldError[], fn: () => T | Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof AppError && e.details.errors) {
      errors.push(...e.details.errors);
      return undefined;
    }
    throw e;
  }
}

/** The columns that would change; an update that changes nothing writes nothing. */
export function changedColumns(before: ContactRow, patch: ContactPatch): ContactPatch {
  const out: ContactPatch = {};
  for (const [k, v] of Object.entries(patch)) {
    if (JSON.stringify(v ?? null) !== JSON.stringify((before as Record<string, unknown>)[k] ?? null)) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

/** Fill-empty: only the columns the existing contact has no value in (custom fields key by key). */
export function onlyEmpty(before: ContactRow, patch: ContactPatch): ContactPatch {
  const out: ContactPatch = {};
  const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
  for (const [k, v] of Object.entries(patch)) {
    if (k === 'custom') {
      const merged = { ...(v as Record<string, unknown>), ...before.custom };
      (out as Record<string, unknown>).custom = merged;
    } else if (k === 'tags') {
      // Tags only add up: filling in never removes one, and an import's own tags reach every row it touches.
      out.tags = [...new Set([...before.tags, ...((v as string[] | undefined) ?? [])])];
    } else if (isEmpty((before as Record<string, unknown>)[k])) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}
