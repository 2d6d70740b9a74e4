import type { JourneyDefinition } from '@rapport/contracts';
import { outputsOf } from './steps';

/** What the canvas checks as the journey is drawn, by the path the server would name. */
export type CheckCode = 'noSteps' | 'noStart' | 'startMissing' | 'duplicateId' | 'dangling' | 'unreachable' | 'loop';
export interface Check {
  path: string;
  code: CheckCode;
  /** The step a dangling link names. */
  target?: string;
}

const waits = new Set(['wait', 'wait_for']);

/** Step indices reachable from the start, following every output. */
export function reachable(def: JourneyDefinition): Set<string> {
  const byId = new Map(def.steps.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const stack = byId.has(def.start) ? [def.start] : [];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const o of outputsOf(byId.get(id)!)) if (o.target && byId.has(o.target)) stack.push(o.target);
  }
  return seen;
}

/**
 * Steps on a loop that has no wait in it: a contact would go round without end in one instant.
 * Waits are taken out of the graph, and what still goes round is a loop without one.
 */
export function loopsWithoutWait(def: JourneyDefinition): Set<string> {
  const byId = new Map(def.steps.filter((s) => !waits.has(s.type)).map((s) => [s.id, s]));
  const succ = (id: string) => outputsOf(byId.get(id)!).flatMap((o) => (o.target && byId.has(o.target) ? [o.target] : []));
  // Tarjan's strongly connected components: a component of two or more, or a step linking to itself, is a loop.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out = new Set<string>();
  let counter = 0;
  const visit = (id: string) => {
    index.set(id, counter);
    low.set(id, counter++);
    stack.push(id);
    onStack.add(id);
    for (const next of succ(id)) {
      if (!index.has(next)) {
        visit(next);
        low.set(id, Math.min(low.get(id)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(id, Math.min(low.get(id)!, index.get(next)!));
    }
    if (low.get(id) === index.get(id)) {
      const component: string[] = [];
      let top: string;
      do {
        top = stack.pop()!;
        onStack.delete(top);
        component.push(top);
      } while (top !== id);
      if (component.length > 1 || succ(id).includes(id)) for (const c of component) out.add(c);
    }
  };
  for (const id of byId.keys()) if (!index.has(id)) visit(id);
  return out;
}

/**
 * The mistakes of the graph the server refuses too, found while drawing: no start, links to steps
 * that do not exist, steps nothing leads to, loops without a wait. The server's answer decides;
 * these only show early where to look.
 */
export function checkGraph(def: JourneyDefinition): Check[] {
  const out: Check[] = [];
  if (def.steps.length === 0) return [{ path: 'steps', code: 'noSteps' }];
  const ids = new Set<string>();
  def.steps.forEach((s, i) => {
    if (ids.has(s.id)) out.push({ path: `steps.${i}.id`, code: 'duplicateId' });
    ids.add(s.id);
  });
  if (!def.start) out.push({ path: 'start', code: 'noStart' });
  else if (!ids.has(def.start)) out.push({ path: 'start', code: 'startMissing', target: def.start });
  const seen = reachable(def);
  const loops = loopsWithoutWait(def);
  def.steps.forEach((s, i) => {
    for (const o of outputsOf(s)) if (o.target && !ids.has(o.target)) out.push({ path: `steps.${i}.${o.field}`, code: 'dangling', target: o.target });
    if (def.start && ids.has(def.start) && !seen.has(s.id)) out.push({ path: `steps.${i}`, code: 'unreachable' });
    if (loops.has(s.id)) out.push({ path: `steps.${i}`, code: 'loop' });
  });
  return out;
}
