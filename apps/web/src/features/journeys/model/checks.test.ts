import { describe, expect, it } from 'vitest';
import { blankDefinition } from './draft';
import { addStep, setLink } from './edit';
import { abandoned } from './test-fixtures';
import { checkGraph, loopsWithoutWait, reachable } from './checks';
import { newStep } from './steps';

describe('graph checks', () => {
  it('finds nothing wrong with a sound journey', () => {
    expect(checkGraph(abandoned())).toEqual([]);
    expect([...reachable(abandoned())].sort()).toEqual(['action_2', 'exit_3', 'wait_for_1']);
  });

  it('asks for steps, and for a start that exists', () => {
    expect(checkGraph(blankDefinition())).toEqual([{ path: 'steps', code: 'noSteps' }]);
    expect(checkGraph({ ...abandoned(), start: '' })).toContainEqual({ path: 'start', code: 'noStart' });
    expect(checkGraph({ ...abandoned(), start: 'nope' })).toContainEqual({ path: 'start', code: 'startMissing', target: 'nope' });
  });

  it('names unreachable steps and links to missing ones by their paths', () => {
    const def = addStep(abandoned(), newStep('exit', 'lost'), { x: 0, y: 0 });
    expect(checkGraph(def)).toEqual([{ path: 'steps.3', code: 'unreachable' }]);
    const dangling = setLink(abandoned(), 'action_2', 'next', 'nowhere');
    expect(checkGraph(dangling)).toContainEqual({ path: 'steps.1.next', code: 'dangling', target: 'nowhere' });
    const twice = { ...abandoned(), steps: [...abandoned().steps, newStep('exit', 'exit_3')] };
    expect(checkGraph(twice)).toContainEqual({ path: 'steps.3.id', code: 'duplicateId' });
  });

  it('finds loops without a wait, and lets loops through a wait be', () => {
    let def = addStep(abandoned(), newStep('action:add_tag', 'tag'), { x: 0, y: 0 }, { source: 'action_2', field: 'next' });
    def = setLink(def, 'tag', 'next', 'action_2');
    expect([...loopsWithoutWait(def)].sort()).toEqual(['action_2', 'tag']);
    expect(checkGraph(def)).toContainEqual({ path: 'steps.1', code: 'loop' });
    // Back to the wait for the order: a loop, but a contact waits in it.
    expect(loopsWithoutWait(setLink(def, 'tag', 'next', 'wait_for_1')).size).toBe(0);
    // A step leading to itself.
    expect([...loopsWithoutWait(setLink(abandoned(), 'action_2', 'next', 'action_2'))]).toEqual(['action_2']);
  });
});
