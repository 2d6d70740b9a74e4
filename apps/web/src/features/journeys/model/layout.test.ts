import { describe, expect, it } from 'vitest';
import { addStep } from './edit';
import { abandoned } from './test-fixtures';
import { autoLayout, below, columnWidth, completeLayout, rowHeight, shiftDown, triggerPosition } from './layout';
import { newStep } from './steps';

describe('layout', () => {
  it('places steps row by row from the start, each row centred', () => {
    const layout = autoLayout(abandoned());
    expect(layout.wait_for_1).toEqual({ x: 0, y: 0 });
    // The wait's outputs go left to right: on event (exit), then on timeout (send).
    expect(layout.exit_3).toEqual({ x: -columnWidth / 2, y: rowHeight });
    expect(layout.action_2).toEqual({ x: columnWidth / 2, y: rowHeight });
  });

  it('places steps the start does not reach too', () => {
    const def = addStep(abandoned(), newStep('exit', 'lost'), { x: 0, y: 0 });
    const layout = autoLayout({ ...def, layout: {} });
    expect(Object.keys(layout).sort()).toEqual(['action_2', 'exit_3', 'lost', 'wait_for_1']);
    expect(layout.lost!.y).toBe(0);
    expect(new Set(Object.values(layout).map((p) => `${p.x},${p.y}`)).size).toBe(4);
  });

  it('keeps saved positions and places only the steps without one, below them', () => {
    const def = { ...abandoned(), layout: { wait_for_1: { x: 40, y: 400 }, action_2: { x: 300, y: 600 }, exit_3: { x: 0, y: 800 } } };
    expect(completeLayout(def)).toEqual(def.layout);
    const partial = completeLayout({ ...def, layout: { wait_for_1: { x: 40, y: 400 } } });
    expect(partial.wait_for_1).toEqual({ x: 40, y: 400 });
    expect(partial.action_2!.y).toBeGreaterThan(400);
    // Positions of steps that are gone are dropped.
    expect(completeLayout({ ...def, layout: { ...def.layout, gone: { x: 1, y: 1 } } })).not.toHaveProperty('gone');
  });

  it('puts the trigger above the start, and a new step where nothing is', () => {
    const layout = { wait_for_1: { x: 40, y: 400 }, action_2: { x: 300, y: 200 } };
    expect(triggerPosition(abandoned(), layout)).toEqual({ x: 40, y: 200 - rowHeight });
    expect(below(layout, { x: 300, y: 30 })).toEqual({ x: 300 + columnWidth, y: 30 + rowHeight });
    expect(below(layout, { x: 0, y: 0 })).toEqual({ x: 0, y: rowHeight });
  });

  it('makes room below a place', () => {
    expect(shiftDown({ a: { x: 0, y: 0 }, b: { x: 5, y: 170 }, c: { x: 9, y: 340 } }, 170)).toEqual({ a: { x: 0, y: 0 }, b: { x: 5, y: 340 }, c: { x: 9, y: 510 } });
  });
});
