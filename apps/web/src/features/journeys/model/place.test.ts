import { describe, expect, it } from 'vitest';
import { blankDefinition } from './draft';
import { setLink } from './edit';
import { abandoned } from './test-fixtures';
import { columnWidth, rowHeight } from './layout';
import { freeOutput, placeNew, underOutput } from './place';
import { TRIGGER } from './steps';

const placed = () => ({ ...abandoned(), layout: { wait_for_1: { x: 0, y: 0 }, action_2: { x: 150, y: 170 }, exit_3: { x: -150, y: 170 } } });

describe('placing new steps', () => {
  it('finds the first output that leads nowhere', () => {
    const def = setLink(placed(), 'wait_for_1', 'onEvent', null);
    expect(freeOutput(def, 'wait_for_1')).toBe('onEvent');
    expect(freeOutput(def, 'exit_3')).toBeUndefined();
    expect(freeOutput(def, TRIGGER)).toBeUndefined();
    expect(freeOutput(blankDefinition(), TRIGGER)).toBe('start');
    expect(freeOutput(def, null)).toBeUndefined();
  });

  it('puts a step under the output it hangs from, left or right', () => {
    const alone = { ...abandoned(), layout: { wait_for_1: { x: 0, y: 0 } } };
    expect(underOutput(alone, 'wait_for_1', 'onEvent')).toEqual({ x: -columnWidth / 2, y: rowHeight });
    expect(underOutput(alone, 'wait_for_1', 'onTimeout')).toEqual({ x: columnWidth / 2, y: rowHeight });
    // Where both places are taken, the next free one to the right.
    expect(underOutput(placed(), 'wait_for_1', 'onEvent')).toEqual({ x: 450, y: rowHeight });
    expect(underOutput(placed(), 'action_2', 'next')).toEqual({ x: 150, y: 170 + rowHeight });
  });

  it('links a palette step from the selection, else puts it below everything', () => {
    const def = setLink(placed(), 'action_2', 'next', null);
    expect(placeNew(def, 'action_2')).toEqual({ at: { x: 150, y: 340 }, from: { source: 'action_2', field: 'next' } });
    expect(placeNew(def, 'exit_3')).toEqual({ at: { x: 0, y: 340 } });
    expect(placeNew(blankDefinition(), null)).toEqual({ at: { x: 0, y: 0 } });
  });
});
