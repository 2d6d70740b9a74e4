import { and, asc, eq, sql } from 'drizzle-orm';
import { indexLookup, selectRows, type Db } from '../../platform/db.js';
import { customFields } from './custom-fields.schema.js';

export type CustomFieldRow = typeof customFields.$inferSelect;
export type CustomFieldEntity = CustomFieldRow['entity'];

export function listCustomFields(db: Db, workspaceId: string, entity?: CustomFieldEntity): Promise<CustomFieldRow[]> {
  return db
    .select()
    .from(customFields)
    .where(and(eq(customFields.workspaceId, workspaceId), entity ? eq(customFields.entity, entity) : undefined))
    .orderBy(asc(customFields.entity), asc(customFields.position), asc(customFields.createdAt));
}

export async function findCustomField(db: Db, workspaceId: string, id: string): Promise<CustomFieldRow | null> {
  const [row] = await db
    .select()
    .from(customFields)
    .where(and(eq(customFields.workspaceId, workspaceId), eq(customFields.id, id)))
    .for('update');
  return row ?? null;
}

export async function insertCustomField(db: Db, row: typeof customFields.$inferInsert): Promise<CustomFieldRow> {
  const [created] = await db.insert(customFields).values(row).returning();
  return created!;
}

export async function updateCustomField(db: Db, workspaceId: string, id: string, patch: Partial<CustomFieldRow>): Promise<CustomFieldRow> {
  const [row] = await db
    .update(customFields)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(customFields.workspaceId, workspaceId), eq(customFields.id, id)))
    .returning();
  return row!;
}

export async function deleteCustomField(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.delete(customFields).where(and(eq(customFields.workspaceId, workspaceId), eq(customFields.id, id)));
}

/**
 * The tables that carry custom values, by entity. Field definitions own the keys inside their
 * `custom` column, so dropping or constraining a field reaches into them here, and only here.
 */
const hostTables: Record<CustomFieldEntity, { table: string; live: string }> = {
  contact: { table: 'contacts', live: 'deleted_at is null' },
  company: { table: 'companies', live: 'true' },
};

/** Values held by more than one record: what blocks making a field unique. */
export async function findCollidingValues(db: Db, workspaceId: string, entity: CustomFieldEntity, key: string): Promise<string[]> {
  const { table, live } = hostTables[entity];
  const rows = await selectRows<{ v: string }>(db, sql`
    select v from (
      select custom->>${key} as v from ${sql.identifier(table)}
      where workspace_id = ${workspaceId} and ${sql.raw(live)} and custom ? ${key} and jsonb_typeof(custom->${key}) <> 'null'
    ) t group by v having count(*) > 1 limit 5`);
  return rows.map((r) => r.v);
}

/** Another live record holding this value for a unique field, if any. */
export async function findValueHolder(
  db: Db,
  workspaceId: string,
  entity: CustomFieldEntity,
  key: string,
  value: unknown,
  exceptId: string | null,
): Promise<string | null> {
  const { table, live } = hostTables[entity];
  // Serialises writers of the same value, so two concurrent writes can't both pass the check.
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`${workspaceId}:${entity}:${key}:${JSON.stringify(value)}`}))`);
  // An id only, found through the GIN index (see indexLookup).
  const rows = await indexLookup(db, () =>
    selectRows<{ id: string }>(db, sql`
      select id from ${sql.identifier(table)}
      where workspace_id = ${workspaceId} and ${sql.raw(live)} and custom @> ${JSON.stringify({ [key]: value })}::jsonb
        and (${exceptId}::uuid is null or id <> ${exceptId}::uuid)
      limit 1`),
  );
  return rows[0]?.id ?? null;
}

export async function dropCustomValues(db: Db, workspaceId: string, entity: CustomFieldEntity, key: string): Promise<void> {
  const { table } = hostTables[entity];
  await db.execute(sql`update ${sql.identifier(table)} set custom = custom - ${key} where workspace_id = ${workspaceId} and custom ? ${key}`);
}
