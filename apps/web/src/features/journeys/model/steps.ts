import type { JourneyAction, JourneyDefinition, JourneyStep } from '@rapport/contracts';

export type StepType = JourneyStep['type'];
export type ActionKind = JourneyAction['kind'];

export const stepTypes = ['wait', 'wait_for', 'branch', 'split', 'action', 'exit'] as const satisfies readonly StepType[];
export const actionKinds = ['send', 'add_tag', 'remove_tag', 'update_field', 'create_task', 'issue_coupon', 'webhook'] as const satisfies readonly ActionKind[];

/** The canvas node of the trigger. Step ids are letters, digits, - and _, so no step can take it. */
export const TRIGGER = '@trigger';
/** Where complaints about the journey's name and description go. */
export const JOURNEY = '@journey';

/**
 * One way on from a step: `field` is its path inside the step ("next", "onTimeout",
 * "paths.1.next"), which is also its handle on the canvas and how the server names it in errors.
 */
export interface Output {
  field: string;
  /** What the output means, for its label. */
  kind: 'next' | 'onEvent' | 'onTimeout' | 'yes' | 'no' | 'path';
  target: string | null;
  /** A split path's key and weight. */
  key?: string;
  weight?: number;
}

const out = (field: string, kind: Output['kind'], target: string | null | undefined): Output => ({ field, kind, target: target ?? null });

/** A step's outputs in the order they sit on its node, left to right. */
export function outputsOf(step: JourneyStep): Output[] {
  switch (step.type) {
    case 'wait':
    case 'action':
      return [out('next', 'next', step.next)];
    case 'wait_for':
      return [out('onEvent', 'onEvent', step.onEvent), out('onTimeout', 'onTimeout', step.onTimeout)];
    case 'branch':
      return [out('yes', 'yes', step.yes), out('no', 'no', step.no)];
    case 'split':
      return step.paths.map((p, i) => ({ ...out(`paths.${i}.next`, 'path', p.next), key: p.key, weight: p.weight }));
    case 'exit':
      return [];
  }
}

/** Every link of the journey, the trigger's first: source node, output field, target step. */
export function linksOf(def: JourneyDefinition): { source: string; field: string; target: string }[] {
  const links = def.start ? [{ source: TRIGGER, field: 'start', target: def.start }] : [];
  for (const step of def.steps) for (const o of outputsOf(step)) if (o.target) links.push({ source: step.id, field: o.field, target: o.target });
  return links;
}

/** What the palette adds: a kind of step, or an action of one kind. */
export type PaletteItem = Exclude<StepType, 'action'> | `action:${Exclude<ActionKind, 'remove_tag'>}`;
export const palette: { group: 'timing' | 'logic' | 'actions' | 'end'; items: PaletteItem[] }[] = [
  { group: 'timing', items: ['wait', 'wait_for'] },
  { group: 'logic', items: ['branch', 'split'] },
  { group: 'actions', items: ['action:send', 'action:add_tag', 'action:update_field', 'action:create_task', 'action:issue_coupon', 'action:webhook'] },
  { group: 'end', items: ['exit'] },
];

/** The translation key of a palette item: i18next reads a colon as a namespace. */
export const itemKey = (item: PaletteItem) => item.replace(':', '_') as PaletteItemKey;
export type PaletteItemKey = Exclude<StepType, 'action'> | `action_${Exclude<ActionKind, 'remove_tag'>}`;

export function newAction(kind: ActionKind): JourneyAction {
  switch (kind) {
    case 'send':
      return { kind, templateId: '', purpose: 'marketing' };
    case 'add_tag':
    case 'remove_tag':
      return { kind, tag: '' };
    case 'update_field':
      return { kind, field: '', value: '' };
    case 'create_task':
      return { kind, title: '', dueInDays: 1, assignTo: 'owner', queue: 'sales' };
    case 'issue_coupon':
      return { kind, couponPoolId: '' };
    case 'webhook':
      return { kind, templateId: '' };
  }
}

/**
 * A fresh step: values that make sense as they stand where there are such (wait a day, time out
 * after two, split 50/50), and empty ones where only the user can say (which event, which template).
 */
export function newStep(item: PaletteItem, id: string): JourneyStep {
  if (item.startsWith('action:')) return { id, type: 'action', action: newAction(item.slice('action:'.length) as ActionKind) };
  switch (item as Exclude<PaletteItem, `action:${string}`>) {
    case 'wait':
      return { id, type: 'wait', wait: { kind: 'duration', minutes: 1440 } };
    case 'wait_for':
      return { id, type: 'wait_for', until: { kind: 'event', event: '', where: [] }, timeoutMinutes: 2880 };
    case 'branch':
      return { id, type: 'branch', condition: { kind: 'segment', segmentId: '' } };
    case 'split':
      return {
        id,
        type: 'split',
        paths: [
          { key: 'A', weight: 50 },
          { key: 'B', weight: 50 },
        ],
      };
    case 'exit':
      return { id, type: 'exit' };
  }
}

/** An id not taken yet, from the step's type and a running number: "wait_for_1", "action_2". */
export function newStepId(def: JourneyDefinition, type: StepType): string {
  const taken = new Set(def.steps.map((s) => s.id));
  let n = def.steps.length + 1;
  while (taken.has(`${type}_${n}`)) n++;
  return `${type}_${n}`;
}
