import { v7 as uuidv7 } from 'uuid';
import type { CreateCustomFieldInput, CustomField, UpdateCustomFieldInput } from '@rapport/contracts';
import { createCustomFieldInputSchema, updateCustomFieldInputSchema } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { withWorkspace, type Db } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/pagination.js';
import { diffFields, recordAudit } from '../audit/index.js';
import * as repo from './custom-fields.repo.js';
import type { CustomFieldEntity, CustomFieldRow } from './custom-fields.repo.js';

export function toCustomField(r: CustomFieldRow): CustomField {
  return {
    id: r.id,
    entity: r.entity,
    key: r.key,
    label: r.label,
    type: r.type as CustomField['type'],
    options: r.options,
    currency: r.currency,
    isRequired: r.isRequired,
    isUnique: r.isUnique,
    position: r.position,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

const auditIgnored = ['id', 'workspaceId', 'createdAt', 'updatedAt'];

/** The definitions of one entity, for the modules that validate and filter its records. */
export const listFieldDefinitions = (tx: Db, workspaceId: string, entity: CustomFieldEntity) => repo.listCustomFields(tx, workspaceId, entity);

export async function listCustomFields(ctx: Ctx, entity?: CustomFieldEntity): Promise<CustomField[]> {
  const rows = await withWorkspace(ctx.db, ctx.workspaceId, (tx) => repo.listCustomFields(tx, ctx.workspaceId, entity));
  return rows.map(toCustomField);
}

export async function createCustomField(ctx: Ctx, input: CreateCustomFieldInput): Promise<CustomField> {
  const data = createCustomFieldInputSchema.parse(input);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const existing = await repo.listCustomFields(tx, ctx.workspaceId, data.entity);
    if (existing.some((f) => f.key === data.key)) {
      throw new AppError('conflict', `A ${data.entity} field with key ${data.key} exists`, { errors: [{ path: 'key', message: 'Key already used' }] });
    }
    const row = await repo.insertCustomField(tx, {
      id: uuidv7(),
      workspaceId: ctx.workspaceId,
      entity: data.entity,
      key: data.key,
      label: data.label,
      type: data.type,
      options: data.options ?? [],
      currency: data.type === 'currency' ? (data.currency ?? null) : null,
      // A new field has no values yet, so unique can't collide; required applies to writes from now on.
      isRequired: data.isRequired ?? false,
      isUnique: data.isUnique ?? false,
      position: data.position ?? existing.length,
    });
    await recordAudit(tx, ctx, { entity: 'custom_field', entityId: row.id, action: 'create', changes: diffFields(null, row, auditIgnored) });
    return toCustomField(row);
  });
}

export async function updateCustomField(ctx: Ctx, id: string, input: UpdateCustomFieldInput): Promise<CustomField> {
  const patch = updateCustomFieldInputSchema.parse(input);
  if (!isUuid(id)) throw notFound('Custom field');
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const before = await repo.findCustomField(tx, ctx.workspaceId, id);
    if (!before) throw notFound('Custom field');
    if (patch.options && before.type !== 'select' && before.type !== 'multi_select') {
      throw new AppError('validation_failed', 'Only select fields have options', { errors: [{ path: 'options', message: 'Only select fields have options' }] });
    }
    if (patch.options && new Set(patch.options.map((o) => o.value)).size !== patch.options.length) {
      throw new AppError('validation_failed', 'Option values must differ', { errors: [{ path: 'options', message: 'Option values must differ' }] });
    }
    if (patch.isUnique && !before.isUnique) {
      const collisions = await repo.findCollidingValues(tx, ctx.workspaceId, before.entity, before.key);
      if (collisions.length) {
        const message = `Records already share values of ${before.label}: ${collisions.join(', ')}`;
        throw new AppError('conflict', message, { errors: [{ path: 'isUnique', message }] });
      }
    }
    const after = await repo.updateCustomField(tx, ctx.workspaceId, id, patch);
    await recordAudit(tx, ctx, { entity: 'custom_field', entityId: id, action: 'update', changes: diffFields(before, after, auditIgnored) });
    return toCustomField(after);
  });
}

/** Deletes the definition and its values on every record, in one transaction. */
export async function deleteCustomField(ctx: Ctx, id: string): Promise<void> {
  if (!isUuid(id)) throw notFound('Custom field');
  await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const before = await repo.findCustomField(tx, ctx.workspaceId, id);
    if (!before) throw notFound('Custom field');
    await repo.dropCustomValues(tx, ctx.workspaceId, before.entity, before.key);
    await repo.deleteCustomField(tx, ctx.workspaceId, id);
    await recordAudit(tx, ctx, { entity: 'custom_field', entityId: id, action: 'delete', changes: diffFields(before, null, auditIgnored) });
  });
}
