import { contactInputSchema, nasldStates, type JourneyDefinition, type SegmentGroup } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { withWorkspace, type Db } from '../../platform/db.js';
import { AppError, type FieldError } from '../../platform/errors.js';
import type { FilterField } from '../../platform/filters.js';
import { assertOwner, findLifecycleStages } from '../auth/index.js';
import { contactFields } from '../contacts/index.js';
import { compileSegment, segmentEnv, type SegmentEnv } from '../segments/index.js';
import { graphErrors } from './journeys.graph.js';
import { couponPoolProblems, templateHeads } from './journeys.messaging.js';

/** Contact fields an update_field action may set (API names); `custom.<key>` for custom fields. */
const updatableFields = new Set(['firstName', 'lastName', 'displayName', 'email', 'phone', 'gender', 'birthday', 'locale', 'timezone', 'companyRole', 'jobTitle', 'ownerId', 'source', 'lifecycleStage', 'externalId']);

/** A date field by the name a trigger or wait gives: a contact field, `custom.<key>`, or a bare custom key. */
export function findDateField(fields: ReadonlyMap<string, FilterField>, name: string): FilterField | null {
  const f = fields.get(name) ?? (name.startsWith('custom.') ? undefined : fields.get(`custom.${name}`));
  return f && (f.type === 'date' || f.type === 'datetime') ? f : null;
}

function compileErrors(def: SegmentGroup, env: SegmentEnv, path: string): FieldError[] {
  try {
    compileSegment(def, env, path);
    return [];
  } catch (e) {
    if (e instanceof AppError && e.details.errors) return e.details.errors;
    throw e;
  }
}

/** What the definition names in the workspace: templates, segments, pools, fields, stages. */
async function referenceErrors(tx: Db, ws: string, def: JourneyDefinition): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const actions = def.steps.flatMap((s, i) => (s.type === 'action' ? [{ a: s.action, path: `steps.${i}.action` }] : []));
  const templates = await templateHeads(tx, ws, actions.flatMap(({ a }) => (a.kind === 'send' || a.kind === 'webhook' ? [a.templateId] : [])));
  const poolProblems = await couponPoolProblems(tx, ws, actions.flatMap(({ a }) => (a.kind === 'issue_coupon' || (a.kind === 'send' && a.couponPoolId) ? [a.couponPoolId!] : [])));
  const fields = await contactFields(tx, ws);
  const env = await segmentEnv(tx, ws);
  const noSegment = (id: string, path: string) => (env.segments.has(id) ? [] : [{ path, message: 'No segment or list with this id in the workspace' }]);
  for (const { a, path } of actions) {
    if (a.kind === 'send' || a.kind === 'webhook') {
      const t = templates.get(a.templateId);
      if (!t) errors.push({ path: `${path}.templateId`, message: 'No message template with this id in the workspace' });
      else if (a.kind === 'send' && t.channel === 'webhook') errors.push({ path: `${path}.templateId`, message: `"${t.name}" is a webhook template: call it with a webhook action` });
      else if (a.kind === 'webhook' && t.channel !== 'webhook') errors.push({ path: `${path}.templateId`, message: `A webhook action needs a webhook template; "${t.name}" is ${t.channel}` });
    }
    const poolProblem = (a.kind === 'send' || a.kind === 'issue_coupon') && a.couponPoolId ? poolProblems.get(a.couponPoolId) : undefined;
    if (poolProblem) errors.push({ path: `${path}.couponPoolId`, message: poolProblem });
    if (a.kind === 'update_field') {
      const custom = a.field.startsWith('custom.');
      if (custom ? !fields.get(a.field)?.isEditable : !updatableFields.has(a.field)) {
        errors.push({ path: `${path}.field`, message: custom ? `No custom field "${a.field.slice(7)}"` : `"${a.field}" is not a contact field an action can set` });
      } else if (!custom) {
        const parsed = contactInputSchema.safeParse({ [a.field]: a.value });
        if (!parsed.success) errors.push({ path: `${path}.value`, message: parsed.error.issues[0]?.message ?? 'Not a valid value' });
      }
    }
  }
  def.steps.forEach((s, i) => {
    if (s.type === 'branch' && s.condition.kind === 'segment') errors.push(...noSegment(s.condition.segmentId, `steps.${i}.condition.segmentId`));
    if (s.type === 'branch' && s.condition.kind === 'condition') errors.push(...compileErrors(s.condition.definition, env, `steps.${i}.condition.definition`));
    if (s.type === 'wait_for' && s.until.kind === 'condition') errors.push(...compileErrors(s.until.definition, env, `steps.${i}.until.definition`));
    if (s.type === 'wait' && s.wait.kind === 'date_field' && !findDateField(fields, s.wait.field)) {
      errors.push({ path: `steps.${i}.wait.field`, message: `"${s.wait.field}" is not a date field of contacts` });
    }
  });
  const t = def.trigger;
  if (t.type === 'segment_entered' || t.type === 'segment_exited') errors.push(...noSegment(t.segmentId, 'trigger.segmentId'));
  if (t.type === 'date' && !findDateField(fields, t.field)) errors.push({ path: 'trigger.field', message: `"${t.field}" is not a date field of contacts` });
  if (t.type === 'model_changed') {
    const known = t.model === 'nasld' ? [...nasldStates] : (await findLifecycleStages(tx, ws)).map((s) => s.key);
    for (const key of ['to', 'from'] as const) {
      const v = t[key];
      if (v !== undefined && !known.includes(v)) errors.push({ path: `trigger.${key}`, message: `Not a ${t.model === 'nasld' ? 'NASLD state' : 'lifecycle stage'}; one of ${known.join(', ')}` });
    }
  }
  return errors;
}

/**
 * Everything a save must refuse, reported together with paths into the definition
 * (`steps.3.next`): the graph's shape, then what it names in the workspace. Runs its own
 * transaction; call it before opening one (a member check reads outside the tenant role).
 */
export async function validateDefinition(ctx: Ctx, def: JourneyDefinition): Promise<void> {
  const errors = graphErrors(def);
  for (const [i, s] of def.steps.entries()) {
    if (s.type !== 'action' || s.action.kind !== 'create_task' || s.action.assignTo === 'owner') continue;
    try {
      await assertOwner(ctx, s.action.assignTo, `steps.${i}.action.assignTo`);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      errors.push({ path: `steps.${i}.action.assignTo`, message: 'Not a member of this workspace; name a member or "owner"' });
    }
  }
  errors.push(...(await withWorkspace(ctx.db, ctx.workspaceId, (tx) => referenceErrors(tx, ctx.workspaceId, def))));
  if (errors.length) throw new AppError('validation_failed', 'The journey is not valid', { errors: errors.map((e) => ({ path: `definition.${e.path}`, message: e.message })) });
}
