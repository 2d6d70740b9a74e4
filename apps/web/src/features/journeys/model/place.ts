import type { JourneyDefinition } from '@rapport/contracts';
import type { Position } from './edit';
import { below, triggerPosition } from './layout';
import { outputsOf, TRIGGER } from './steps';

/** Where a step linked from an output goes: under it, the left output's further left, the right one's further right. */
export function underOutput(def: JourneyDefinition, source: string, field: string): Position {
  const layout = def.layout;
  if (source === TRIGGER) return below(layout, triggerPosition(def, layout));
  const step = def.steps.find((s) => s.id === source);
  const outputs = step ? outputsOf(step) : [];
  const i = Math.max(0, outputs.findIndex((o) => o.field === field));
  return below(layout, layout[source] ?? { x: 0, y: 0 }, outputs.length > 1 ? i - (outputs.length - 1) / 2 : 0);
}

/** The first output of the selected node that leads nowhere yet ("start" for a trigger without a first step). */
export function freeOutput(def: JourneyDefinition, selected: string | null): string | undefined {
  if (selected === TRIGGER) return def.steps.some((s) => s.id === def.start) ? undefined : 'start';
  const step = def.steps.find((s) => s.id === selected);
  return step ? outputsOf(step).find((o) => !o.target)?.field : undefined;
}

/** Where a step added from the palette goes, and what leads to it: under the selection's first free output, else below everything. */
export function placeNew(def: JourneyDefinition, selected: string | null): { at: Position; from?: { source: string; field: string } } {
  const layout = def.layout;
  const free = freeOutput(def, selected);
  if (selected && free) return { at: underOutput(def, selected, free), from: { source: selected, field: free } };
  const ys = Object.values(layout).map((p) => p.y);
  return { at: ys.length ? below(layout, { x: 0, y: Math.max(...ys) }) : { x: 0, y: 0 } };
}
