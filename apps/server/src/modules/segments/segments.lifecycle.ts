import { sql } from 'drizzle-orm';
import type { LifecycleSettings, SegmentNode } from '@rapport/contracts';
import { idArray, selectRows, type Db } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { compileSegment, type SegmentEnv } from './segments.compile.js';

const readsStage = (node: SegmentNode): boolean =>
  node.type === 'group' ? node.children.some(readsStage) : (node.type === 'condition' || node.type === 'model') && node.field === 'lifecycleStage';

/**
 * Lifecycle rules must name known stages and compile; a rule may not test the stage itself, or
 * setting the stage could flip the rule that set it, back and forth.
 */
export function validateLifecycle(settings: LifecycleSettings, env: SegmentEnv, stages: string[]): void {
  const errors: { path: string; message: string }[] = [];
  settings.rules.forEach((rule, i) => {
    const path = `lifecycle.rules.${i}`;
    if (!stages.includes(rule.stage)) errors.push({ path: `${path}.stage`, message: `Not a lifecycle stage of this workspace: ${rule.stage}` });
    if (readsStage(rule.definition)) errors.push({ path: `${path}.definition`, message: 'A lifecycle rule cannot test the lifecycle stage' });
    try {
      compileSegment(rule.definition, env, `${path}.definition`);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      errors.push(...((e.details as { errors?: typeof errors }).errors ?? []));
    }
  });
  if (errors.length) throw new AppError('validation_failed', 'The lifecycle rules are not valid', { errors });
}

/**
 * Sets the lifecycle stage of these contacts (null: all) to that of the first rule that holds for
 * them; contacts no rule holds for keep theirs (set by hand, or by an import). Each change is
 * announced as a domain event. Returns how many changed, and which when only some were evaluated.
 */
export async function applyLifecycle(tx: Db, env: SegmentEnv, settings: LifecycleSettings, contactIds: string[] | null): Promise<{ changed: number; ids: string[] }> {
  if (!settings.enabled || !settings.rules.length) return { changed: 0, ids: [] };
  const ws = env.workspaceId;
  const candidates = contactIds ? idArray(contactIds, 'uuid') : undefined;
  const cases = settings.rules.map((r) => sql`when (${compileSegment(r.definition, { ...env, candidates })}) then ${r.stage}`);
  // The worker re-evaluates segments itself after this; the stage change must not queue the contacts again.
  await tx.execute(sql`select set_config('rapport.segment_worker', 'on', true)`);
  const [res] = await selectRows<{ changed: number; ids: string[] | null }>(
    tx,
    sql`with target as materialized (
          select contacts.id, contacts.lifecycle_stage as was, case ${sql.join(cases, sql` `)} end as stage
          from contacts where contacts.workspace_id = ${ws} and contacts.deleted_at is null
            ${candidates ? sql`and contacts.id = any(${candidates})` : sql``}
        ), changed as (
          update contacts c set lifecycle_stage = t.stage, updated_at = now() from target t
          where c.workspace_id = ${ws} and c.id = t.id and t.stage is not null and c.lifecycle_stage is distinct from t.stage
          returning c.id, t.was, t.stage
        ), announced as (
          insert into domain_events (workspace_id, kind, contact_id, data)
          select ${ws}, 'lifecycle.changed', id, jsonb_build_object('from', was, 'to', stage) from changed
        )
        select count(*)::int as changed, ${candidates ? sql`array_agg(id)` : sql`null`} as ids from changed`,
  );
  return { changed: res?.changed ?? 0, ids: res?.ids ?? [] };
}
