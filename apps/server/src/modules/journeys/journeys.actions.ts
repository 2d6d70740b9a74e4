import { sql } from 'drizzle-orm';
import { contactInputSchema, type JourneyAction } from '@rapport/contracts';
import { idArray, selectRows, type Db } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { recordAudits } from '../audit/index.js';
import { loadWriteScope, writeProfile } from '../contacts/index.js';
import { issueCoupons, queueSends, type QueueItem } from '../messaging/index.js';
import { createTasksIn } from '../tasks/index.js';
import { templateHeads } from './journeys.messaging.js';
import type { Outcome, RunState, StepScope } from './journeys.run-types.js';

type Moves = Map<string, Outcome>;
const done = (next: string | null | undefined, outcome: string, detail?: Record<string, unknown>, context?: Record<string, unknown>): Outcome => ({
  kind: 'move',
  to: next,
  outcome,
  ...(detail ? { detail } : {}),
  ...(context ? { context } : {}),
});

/** The key of a visit's side effect: a retried step reuses it, so a send or coupon happens once. */
export const visitKey = (run: RunState) => `journey:${run.id}:${run.stepId}:${run.seq}`;

/** Sends this journey queued to these contacts within the cap's days. */
async function recentSends(s: StepScope, contactIds: string[], days: number): Promise<Map<string, number>> {
  const rows = await selectRows<{ contact_id: string; n: number }>(
    s.tx,
    sql`select r.contact_id, count(*)::int as n from journey_runs r join journey_steps l on l.run_id = r.id
        where r.workspace_id = ${s.workspaceId} and r.contact_id = any(${idArray(contactIds, 'uuid')}) and r.journey_id = ${s.journeyId}::uuid
          and l.outcome = 'sent' and l.entered_at > now() - make_interval(days => ${days}::int)
        group by r.contact_id`,
  );
  return new Map(rows.map((r) => [r.contact_id, r.n]));
}

/**
 * A message (send) or a webhook call, queued in this transaction with the visit's key. The
 * template's current version goes out; a deleted template is a skip, not a failure. Sends count
 * against the journey's frequency cap; one over it is skipped, and the contact goes on.
 */
async function queueMessages(s: StepScope, action: Extract<JourneyAction, { kind: 'send' | 'webhook' }>, runs: RunState[], next: string | null | undefined): Promise<Moves> {
  const out: Moves = new Map();
  const template = (await templateHeads(s.tx, s.workspaceId, [action.templateId])).get(action.templateId);
  if (!template) {
    for (const r of runs) out.set(r.id, done(next, 'skipped', { reason: 'template_gone' }));
    return out;
  }
  const cap = action.kind === 'send' ? s.definition.frequencyCap : null;
  const counts = cap ? await recentSends(s, runs.map((r) => r.contactId), cap.days) : new Map<string, number>();
  const items: (QueueItem & { runId: string })[] = [];
  for (const r of runs) {
    if (cap && (counts.get(r.contactId) ?? 0) >= cap.count) {
      out.set(r.id, done(next, 'skipped', { reason: 'frequency_cap', cap }));
      continue;
    }
    const coupon = action.kind === 'send' && action.couponPoolId ? { couponPoolId: action.couponPoolId } : r.context.coupon ? { coupon: r.context.coupon } : {};
    items.push({
      runId: r.id,
      contactId: r.contactId,
      templateId: template.id,
      templateVersion: template.version,
      channel: template.channel,
      purpose: action.kind === 'send' ? action.purpose : 'transactional',
      sourceKind: 'journey',
      sourceId: s.journeyId,
      variant: null,
      idempotencyKey: visitKey(r),
      data: { event: r.event, ...coupon },
      dueAt: s.now,
    });
  }
  const queued = await queueSends(s.tx, s.workspaceId, items.map(({ runId: _, ...i }) => i));
  items.forEach((item, k) => out.set(item.runId, done(next, action.kind === 'send' ? 'sent' : 'called', { sendId: queued[k]!.row.id, templateVersion: template.version })));
  return out;
}

/** Adds or removes a manual tag, audited as the journey. */
async function retag(s: StepScope, tag: string, add: boolean, runs: RunState[], next: string | null | undefined): Promise<Moves> {
  const ids = idArray(runs.map((r) => r.contactId), 'uuid');
  const changed = await selectRows<{ id: string; before: string[]; after: string[] }>(
    s.tx,
    sql`update contacts c set tags = ${add ? sql`array_append(c.tags, ${tag})` : sql`array_remove(c.tags, ${tag})`}, updated_at = now()
        from (select id, tags as before from contacts where workspace_id = ${s.workspaceId} and id = any(${ids}) for update) o
        where c.workspace_id = ${s.workspaceId} and c.id = o.id and ${add ? sql`not (${tag} = any(c.tags))` : sql`${tag} = any(c.tags)`}
        returning c.id, o.before, c.tags as after`,
  );
  await recordAudits(s.tx, s.ctx, changed.map((c) => ({ entity: 'contact', entityId: c.id, action: 'update' as const, changes: { tags: { before: c.before, after: c.after } } })));
  const hit = new Set(changed.map((c) => c.id));
  return new Map(runs.map((r) => [r.id, done(next, 'done', { changed: hit.has(r.contactId) })]));
}

/** Sets a field through the contacts module's validation; a refused value is logged, and the contact goes on. */
async function updateField(s: StepScope, action: Extract<JourneyAction, { kind: 'update_field' }>, runs: RunState[], next: string | null | undefined): Promise<Moves> {
  const out: Moves = new Map();
  const input = action.field.startsWith('custom.') ? { custom: { [action.field.slice(7)]: action.value } } : { [action.field]: action.value };
  const parsed = contactInputSchema.safeParse(input);
  if (!parsed.success) {
    for (const r of runs) out.set(r.id, done(next, 'failed', { reason: parsed.error.issues[0]?.message ?? 'invalid value' }));
    return out;
  }
  const scope = await loadWriteScope(s.tx, s.ctx);
  for (const r of runs) {
    // A savepoint per contact: a write that fails in SQL must not take the others' with it.
    try {
      const result = await s.tx.transaction((sp) => writeProfile({ ...scope, tx: sp as unknown as Db }, r.contactId, parsed.data));
      out.set(r.id, result.dropped.length ? done(next, 'failed', { reason: result.dropped.map((d) => `${d.path}: ${d.message}`).join('; ') }) : done(next, 'done'));
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      out.set(r.id, done(next, 'failed', { reason: e.message }));
    }
  }
  return out;
}

async function createTasks(s: StepScope, action: Extract<JourneyAction, { kind: 'create_task' }>, runs: RunState[], next: string | null | undefined): Promise<Moves> {
  const due = new Date(s.now.getTime() + action.dueInDays * 86_400_000);
  const ids = await createTasksIn(
    s.tx,
    s.ctx,
    runs.map((r) => ({
      contactId: r.contactId,
      title: action.title,
      dueAt: due,
      assigneeId: action.assignTo === 'owner' ? r.ownerId : action.assignTo,
      queue: action.queue,
      sourceKind: 'journey' as const,
      sourceId: s.journeyId,
    })),
  );
  return new Map(runs.map((r, k) => [r.id, done(next, 'created', { taskId: ids[k] })]));
}

/** A coupon per contact, keyed by the visit; later sends of the run carry it as `coupon.*`. */
async function issue(s: StepScope, poolId: string, runs: RunState[], next: string | null | undefined): Promise<Moves> {
  const out: Moves = new Map();
  for (const r of runs) {
    try {
      const issued = await s.tx.transaction(async (sp) => (await issueCoupons(sp as unknown as Db, s.workspaceId, [{ poolId, contactId: r.contactId, issueKey: visitKey(r) }])).get(visitKey(r))!);
      out.set(r.id, done(next, 'issued', { code: issued.code }, { coupon: issued }));
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      out.set(r.id, done(next, 'skipped', { reason: 'coupon_unavailable', message: e.message }));
    }
  }
  return out;
}

/** Runs an action for a group of runs at the same step, in the step's transaction. */
export async function runAction(s: StepScope, action: JourneyAction, runs: RunState[], next: string | null | undefined): Promise<Moves> {
  switch (action.kind) {
    case 'send':
    case 'webhook':
      return queueMessages(s, action, runs, next);
    case 'add_tag':
    case 'remove_tag':
      return retag(s, action.tag, action.kind === 'add_tag', runs, next);
    case 'update_field':
      return updateField(s, action, runs, next);
    case 'create_task':
      return createTasks(s, action, runs, next);
    case 'issue_coupon':
      return issue(s, action.couponPoolId, runs, next);
  }
}

