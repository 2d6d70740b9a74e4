import type { JourneyDefinition, JourneyStep } from '@rapport/contracts';
import { outputsOf, TRIGGER } from './steps';

export interface Position {
  x: number;
  y: number;
}

/** A step with one of its outputs pointing at `target`; no target removes the link. */
export function withOutput(step: JourneyStep, field: string, target: string | null): JourneyStep {
  const path = /^paths\.(\d+)\.next$/.exec(field);
  if (path && step.type === 'split') {
    const i = Number(path[1]);
    return { ...step, paths: step.paths.map((p, j) => (j === i ? linkField(p, 'next', target) : p)) };
  }
  if (!outputsOf(step).some((o) => o.field === field)) return step;
  return linkField(step, field, target);
}

function linkField<T extends object>(obj: T, field: string, target: string | null): T {
  const copy = { ...obj } as Record<string, unknown>;
  if (target) copy[field] = target;
  else delete copy[field];
  return copy as T;
}

/** Points the output `field` of `source` (a step, or the trigger's "start") at `target`. */
export function setLink(def: JourneyDefinition, source: string, field: string, target: string | null): JourneyDefinition {
  if (source === TRIGGER) return { ...def, start: target ?? '' };
  return { ...def, steps: def.steps.map((s) => (s.id === source ? withOutput(s, field, target) : s)) };
}

/** Replaces the step with its id. */
export function updateStep(def: JourneyDefinition, step: JourneyStep): JourneyDefinition {
  return { ...def, steps: def.steps.map((s) => (s.id === step.id ? step : s)) };
}

/**
 * Adds a step at a place on the canvas, linked from `from` when given. The first step of an empty
 * journey becomes its start, so the trigger leads somewhere from the beginning.
 */
export function addStep(def: JourneyDefinition, step: JourneyStep, at: Position, from?: { source: string; field: string }): JourneyDefinition {
  let next: JourneyDefinition = { ...def, steps: [...def.steps, step], layout: { ...def.layout, [step.id]: at } };
  if (from) next = setLink(next, from.source, from.field, step.id);
  else if (!def.start || !def.steps.some((s) => s.id === def.start)) next = { ...next, start: step.id };
  return next;
}

/**
 * Puts a step on a link: the source now leads to the new step, and the new step's first output to
 * where the link went. An exit has no output, so what came after it is left unlinked.
 */
export function insertStep(def: JourneyDefinition, step: JourneyStep, link: { source: string; field: string; target: string }, at: Position): JourneyDefinition {
  const first = outputsOf(step)[0];
  const inserted = first ? withOutput(step, first.field, link.target) : step;
  const next = { ...def, steps: [...def.steps, inserted], layout: { ...def.layout, [step.id]: at } };
  return setLink(next, link.source, link.field, step.id);
}

/** Removes a step, every link to it and its place on the canvas. */
export function removeStep(def: JourneyDefinition, id: string): JourneyDefinition {
  const steps = def.steps
    .filter((s) => s.id !== id)
    .map((s) => outputsOf(s).reduce((acc, o) => (o.target === id ? withOutput(acc, o.field, null) : acc), s));
  const layout = Object.fromEntries(Object.entries(def.layout).filter(([k]) => k !== id));
  return { ...def, steps, layout, start: def.start === id ? '' : def.start };
}

/** Moves a step on the canvas; positions are whole pixels. */
export function moveStep(def: JourneyDefinition, id: string, at: Position): JourneyDefinition {
  return { ...def, layout: { ...def.layout, [id]: { x: Math.round(at.x), y: Math.round(at.y) } } };
}
