import type { Journey, JourneyDefinition, JourneyStep } from '@rapport/contracts';
import { completeLayout } from './layout';

/** What the editor changes: the journey's name and description and its definition. */
export interface JourneyDraft {
  name: string;
  description: string;
  definition: JourneyDefinition;
}

/** A journey with nothing in it yet: an event trigger to fill in, and no steps. */
export const blankDefinition = (): JourneyDefinition => ({
  trigger: { type: 'event', event: '', where: [] },
  start: '',
  steps: [],
  reentry: { kind: 'never' },
  exitOn: [],
  layout: {},
});

/** Keys whose null means the same as their absence. */
const optionalKeys = ['goal', 'frequencyCap', 'name', 'next', 'onEvent', 'onTimeout', 'yes', 'no'];

function dropNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(dropNulls) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if ((v === null || v === undefined) && optionalKeys.includes(k)) continue;
      out[k] = dropNulls(v);
    }
    return out as T;
  }
  return value;
}

/** A stored definition as the editor holds it: no nulls for absent links, every step placed. */
export function normalizeDefinition(def: JourneyDefinition): JourneyDefinition {
  const clean = dropNulls(def);
  return { ...clean, layout: completeLayout(clean) };
}

export const draftOf = (journey: Journey): JourneyDraft => ({
  name: journey.name,
  description: journey.description ?? '',
  definition: normalizeDefinition(journey.definition),
});

/** JSON with every object's keys in order, so two values compare by content. */
export const canonical = (value: unknown): string =>
  JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );

export const sameDraft = (a: JourneyDraft, b: JourneyDraft) => canonical(cleanDraft(a)) === canonical(cleanDraft(b));

/** A step as it is sent: a blank name is no name. */
function cleanStep(step: JourneyStep): JourneyStep {
  const name = step.name?.trim();
  const { name: _drop, ...rest } = step;
  return (name ? { ...rest, name } : rest) as JourneyStep;
}

/** The draft as it is sent: trimmed, and the layout of steps that still exist. */
export function cleanDraft(draft: JourneyDraft): JourneyDraft {
  const def = draft.definition;
  const ids = new Set(def.steps.map((s) => s.id));
  return {
    name: draft.name.trim(),
    description: draft.description.trim(),
    definition: dropNulls({ ...def, steps: def.steps.map(cleanStep), layout: Object.fromEntries(Object.entries(def.layout).filter(([id]) => ids.has(id))) }),
  };
}

/** The body of a create. */
export function inputOf(draft: JourneyDraft) {
  const clean = cleanDraft(draft);
  return { name: clean.name, description: clean.description || null, definition: clean.definition };
}

/**
 * Whether saving changes what runs, which makes a live journey's next version; the layout alone
 * (nodes moved on the canvas) is saved into the current one.
 */
export function flowChanged(saved: JourneyDraft, draft: JourneyDraft): boolean {
  const flow = (d: JourneyDraft) => canonical({ ...cleanDraft(d).definition, layout: {} });
  return flow(saved) !== flow(draft);
}

/** The body of a PATCH: only what changed, so a rename does not make a new version. */
export function patchOf(saved: JourneyDraft, draft: JourneyDraft) {
  const before = cleanDraft(saved);
  const after = cleanDraft(draft);
  return {
    ...(after.name !== before.name ? { name: after.name } : {}),
    ...(after.description !== before.description ? { description: after.description || null } : {}),
    ...(canonical(after.definition) !== canonical(before.definition) ? { definition: after.definition } : {}),
  };
}
