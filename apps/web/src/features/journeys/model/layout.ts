import type { JourneyDefinition } from '@rapport/contracts';
import type { Position } from './edit';
import { outputsOf } from './steps';

/** Node width plus a gap, and the height of a row of nodes plus a gap. */
export const columnWidth = 300;
export const rowHeight = 170;

/**
 * Places every step top to bottom: each at the depth it is first reached from the start (breadth
 * first, outputs left to right), the steps of a row centred under the trigger. Steps the start
 * does not reach follow in the same rows, from their own beginnings, so nothing is hidden.
 */
export function autoLayout(def: JourneyDefinition): Record<string, Position> {
  const byId = new Map(def.steps.map((s) => [s.id, s]));
  const rank = new Map<string, number>();
  const rows: string[][] = [];
  const walk = (root: string) => {
    if (!byId.has(root) || rank.has(root)) return;
    rank.set(root, 0);
    const queue = [root];
    while (queue.length) {
      const id = queue.shift()!;
      const r = rank.get(id)!;
      (rows[r] ??= []).push(id);
      for (const o of outputsOf(byId.get(id)!)) {
        if (o.target && byId.has(o.target) && !rank.has(o.target)) {
          rank.set(o.target, r + 1);
          queue.push(o.target);
        }
      }
    }
  };
  walk(def.start);
  // Beginnings of what the start does not reach: steps nothing links to, then whatever is left (cycles).
  const linked = new Set(def.steps.flatMap((s) => outputsOf(s).map((o) => o.target)));
  for (const s of def.steps) if (!linked.has(s.id)) walk(s.id);
  for (const s of def.steps) walk(s.id);

  const out: Record<string, Position> = {};
  rows.forEach((row, r) => {
    row.forEach((id, i) => {
      out[id] = { x: Math.round((i - (row.length - 1) / 2) * columnWidth), y: r * rowHeight };
    });
  });
  return out;
}

/** Saved positions, with automatic ones for the steps that have none (a definition made by the API). */
export function completeLayout(def: JourneyDefinition): Record<string, Position> {
  const ids = new Set(def.steps.map((s) => s.id));
  const saved = Object.fromEntries(Object.entries(def.layout ?? {}).filter(([id]) => ids.has(id)));
  if (def.steps.every((s) => s.id in saved)) return saved;
  const auto = autoLayout(def);
  if (Object.keys(saved).length === 0) return auto;
  // Some were placed by hand: the others go below them, in their automatic order.
  const bottom = Math.max(...Object.values(saved).map((p) => p.y)) + rowHeight;
  const out = { ...saved };
  for (const s of def.steps) if (!(s.id in out)) out[s.id] = { x: auto[s.id]!.x, y: bottom + auto[s.id]!.y };
  return out;
}

/** Where the trigger sits: above the start step, or above the topmost step. */
export function triggerPosition(def: JourneyDefinition, layout: Record<string, Position>): Position {
  const ys = Object.values(layout).map((p) => p.y);
  const top = ys.length ? Math.min(...ys) : 0;
  const start = layout[def.start];
  return { x: start?.x ?? 0, y: top - rowHeight };
}

/** A free place below a node, for a step added from it. */
export function below(layout: Record<string, Position>, from: Position, offset = 0): Position {
  let at = { x: from.x + offset * columnWidth, y: from.y + rowHeight };
  const taken = (p: Position) => Object.values(layout).some((q) => Math.abs(q.x - p.x) < columnWidth / 2 && Math.abs(q.y - p.y) < rowHeight / 2);
  for (let i = 0; i < 20 && taken(at); i++) at = { x: at.x + columnWidth, y: at.y };
  return at;
}

/** Moves every position at or below `y` down by `by`, to make room for a step put in above them. */
export function shiftDown(layout: Record<string, Position>, y: number, by = rowHeight): Record<string, Position> {
  return Object.fromEntries(Object.entries(layout).map(([id, p]) => [id, p.y >= y ? { x: p.x, y: p.y + by } : p]));
}
