import type { JourneyDefinition } from '@rapport/contracts';
import { isApiError } from '../../../lib/api';
import { canonical, type JourneyDraft } from './draft';
import { linksOf, JOURNEY, TRIGGER } from './steps';

/** Where a complaint shows: a node (a step id, the trigger, or the journey's name) and a field in it. */
export interface Placed {
  /** A step id, TRIGGER (trigger, start and settings), JOURNEY (name, description), or "" for nowhere in particular. */
  node: string;
  /** Its path within the step ("action.templateId"; "" for the step itself), or from the definition's root for the trigger ("trigger.event", "goal.withinDays"). */
  field: string;
  message: string;
}

const settingsKeys = new Set(['trigger', 'start', 'reentry', 'exitOn', 'goal', 'frequencyCap']);

/**
 * The node and field of an error path. The server names paths of the request ("definition.steps.3.next")
 * or of the definition ("steps.3.next"); a step is named by its index in the definition sent.
 */
export function placePath(sent: JourneyDefinition, path: string): Omit<Placed, 'message'> {
  const parts = path.split('.').filter(Boolean);
  if (parts[0] === 'name' || parts[0] === 'description') return { node: JOURNEY, field: parts[0] };
  if (parts[0] === 'definition') parts.shift();
  const [head, ...rest] = parts;
  if (head === 'steps' && rest.length && /^\d+$/.test(rest[0]!)) {
    const step = sent.steps[Number(rest[0])];
    if (step) return { node: step.id, field: rest.slice(1).join('.') };
  }
  if (head === 'layout' && rest[0] && sent.steps.some((s) => s.id === rest[0])) return { node: rest[0], field: '' };
  if (head && settingsKeys.has(head)) return { node: TRIGGER, field: parts.join('.') };
  return { node: '', field: parts.join('.') };
}

/** A refused save or publish, placed on the definition that was sent. */
export function problemsOf(error: unknown, sent: JourneyDefinition): Placed[] {
  if (!isApiError(error)) return [];
  const errors = error.problem?.errors ?? [];
  if (!errors.length) return [{ node: '', field: '', message: error.problem?.detail ?? error.message }];
  return errors.map((e) => ({ ...placePath(sent, e.path ?? ''), message: e.message }));
}

/** What was sent and what came back: each complaint shows while what it is about is unchanged. */
export interface Failure {
  sent: JourneyDraft;
  problems: Placed[];
}

/** The definition's links as one string, to tell whether anything was connected differently. */
const linksKey = (def: JourneyDefinition) => JSON.stringify(linksOf(def));
const withoutLayout = (d: JourneyDraft) => canonical({ ...d, definition: { ...d.definition, layout: {} } });
const stepJson = (def: JourneyDefinition, id: string) => {
  const step = def.steps.find((s) => s.id === id);
  return step ? canonical(step) : null;
};

/**
 * The complaints of a failure that still apply to the draft. One about a field goes when its step
 * (or setting) changes; one about a step as a whole (unreachable, a loop) or about the links goes
 * when anything is connected differently; one about nothing in particular, when anything changes.
 */
export function stillValid(failure: Failure | null, draft: JourneyDraft): Placed[] {
  if (!failure) return [];
  const before = failure.sent;
  const sameLinks = linksKey(before.definition) === linksKey(draft.definition);
  return failure.problems.filter((p) => {
    if (p.node === '') return withoutLayout(before) === withoutLayout(draft);
    if (p.node === JOURNEY) return (before as unknown as Record<string, unknown>)[p.field] === (draft as unknown as Record<string, unknown>)[p.field];
    if (p.node === TRIGGER) {
      const key = p.field.split('.')[0] as keyof JourneyDefinition;
      if (key === 'start') return sameLinks;
      return canonical(before.definition[key]) === canonical(draft.definition[key]);
    }
    const step = stepJson(draft.definition, p.node);
    if (step === null || step !== stepJson(before.definition, p.node)) return false;
    return p.field === '' ? sameLinks : true;
  });
}

/** Complaints by node. */
export function byNode(problems: Placed[]): Map<string, Placed[]> {
  const out = new Map<string, Placed[]>();
  for (const p of problems) out.set(p.node, [...(out.get(p.node) ?? []), p]);
  return out;
}

/** The message for a field of a node, if any: exact path first, then anything under it. */
export function fieldError(problems: Placed[] | undefined, field: string): string | undefined {
  const list = problems ?? [];
  const hit = list.filter((p) => p.field === field || p.field.startsWith(`${field}.`));
  return hit.length ? hit.map((p) => p.message).join('; ') : undefined;
}

/**
 * Complaints about a condition inside a step ("condition.definition.children.1.value"), keyed as
 * the segment builder keys its nodes ("1"; "" for the root group).
 */
export function builderErrors(problems: Placed[] | undefined, prefix: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of problems ?? []) {
    if (p.field !== prefix && !p.field.startsWith(`${prefix}.`)) continue;
    const rest = p.field.slice(prefix.length).split('.').filter(Boolean);
    const path: string[] = [];
    for (let i = 0; i + 1 < rest.length && rest[i] === 'children' && /^\d+$/.test(rest[i + 1]!); i += 2) path.push(rest[i + 1]!);
    const key = path.join('.');
    const before = out.get(key);
    out.set(key, before ? `${before}; ${p.message}` : p.message);
  }
  return out;
}
