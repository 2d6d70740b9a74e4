import type { JourneyDefinition, JourneyStep } from '@rapport/contracts';
import type { FieldError } from '../../platform/errors.js';

/** A step's ways on: the field that names each successor (relative to the step), and its target. */
export function successors(step: JourneyStep): { path: string; to: string | null | undefined }[] {
  switch (step.type) {
    case 'wait':
    case 'action':
      return [{ path: 'next', to: step.next }];
    case 'wait_for':
      return [
        { path: 'onEvent', to: step.onEvent },
        { path: 'onTimeout', to: step.onTimeout },
      ];
    case 'branch':
      return [
        { path: 'yes', to: step.yes },
        { path: 'no', to: step.no },
      ];
    case 'split':
      return step.paths.map((p, j) => ({ path: `paths.${j}.next`, to: p.next }));
    case 'exit':
      return [];
  }
}

/** Steps a contact may stay at for a while; a loop must pass one. */
const waits = (s: JourneyStep) => s.type === 'wait' || s.type === 'wait_for';

/**
 * The shape of the graph: unique step ids, a start and successors that name steps, every step
 * reachable from the start, and no loop a contact could go round without waiting (it would run
 * steps, and send messages, as fast as the engine can). Each problem has its own path.
 */
export function graphErrors(def: JourneyDefinition): FieldError[] {
  const errors: FieldError[] = [];
  const index = new Map<string, number>();
  def.steps.forEach((s, i) => {
    if (index.has(s.id)) errors.push({ path: `steps.${i}.id`, message: `Step id "${s.id}" is used by step ${index.get(s.id)} too` });
    else index.set(s.id, i);
  });
  if (!index.has(def.start)) errors.push({ path: 'start', message: `No step has the id "${def.start}"` });
  def.steps.forEach((s, i) => {
    for (const t of successors(s)) if (t.to && !index.has(t.to)) errors.push({ path: `steps.${i}.${t.path}`, message: `No step has the id "${t.to}"` });
    if (s.type === 'split') {
      const keys = new Set<string>();
      s.paths.forEach((p, j) => {
        if (keys.has(p.key)) errors.push({ path: `steps.${i}.paths.${j}.key`, message: `Path key "${p.key}" is used twice` });
        keys.add(p.key);
      });
    }
  });
  const edges = (i: number) => successors(def.steps[i]!).flatMap((t) => (t.to && index.has(t.to) ? [{ path: t.path, to: index.get(t.to)! }] : []));
  if (index.has(def.start)) {
    const reached = new Set<number>([index.get(def.start)!]);
    const todo = [...reached];
    while (todo.length) {
      for (const e of edges(todo.pop()!)) {
        if (reached.has(e.to)) continue;
        reached.add(e.to);
        todo.push(e.to);
      }
    }
    def.steps.forEach((s, i) => {
      if (!reached.has(i) && index.get(s.id) === i) errors.push({ path: `steps.${i}`, message: `Step "${s.id}" cannot be reached from the start` });
    });
  }
  // Loops among steps that do not wait: a depth-first search over them finds each back edge.
  const state = new Map<number, 'open' | 'done'>();
  const trail: number[] = [];
  const visit = (i: number) => {
    state.set(i, 'open');
    trail.push(i);
    for (const e of edges(i)) {
      if (waits(def.steps[e.to]!)) continue;
      if (state.get(e.to) === 'open') {
        const loop = [...trail.slice(trail.indexOf(e.to)), e.to].map((k) => def.steps[k]!.id);
        errors.push({ path: `steps.${i}.${e.path}`, message: `This loops back without a wait: ${loop.join(' → ')}` });
      } else if (!state.has(e.to)) visit(e.to);
    }
    trail.pop();
    state.set(i, 'done');
  };
  def.steps.forEach((s, i) => {
    if (!waits(s) && !state.has(i) && index.get(s.id) === i) visit(i);
  });
  return errors;
}

/** Tracked event names a definition reacts to: the trigger's, wait-fors', exits' and the goal's. */
export function eventNamesOf(def: JourneyDefinition): string[] {
  const names = new Set<string>();
  if (def.trigger.type === 'event') names.add(def.trigger.event);
  for (const s of def.steps) if (s.type === 'wait_for' && s.until.kind === 'event') names.add(s.until.event);
  for (const e of def.exitOn) names.add(e.event);
  if (def.goal) names.add(def.goal.event);
  return [...names];
}

/** The trigger as journeys.trigger_kind / trigger_key store it, for finding journeys by signal. */
export function triggerKeyOf(def: JourneyDefinition): { kind: string; key: string | null } {
  const t = def.trigger;
  switch (t.type) {
    case 'event':
      return { kind: 'event', key: t.event };
    case 'segment_entered':
    case 'segment_exited':
      return { kind: t.type, key: t.segmentId };
    case 'model_changed':
      return { kind: t.type, key: t.model };
    case 'date':
      return { kind: 'date', key: null };
    case 'manual':
      return { kind: 'manual', key: null };
  }
}
