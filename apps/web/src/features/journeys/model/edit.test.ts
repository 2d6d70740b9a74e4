import { describe, expect, it } from 'vitest';
import { blankDefinition } from './draft';
import { addStep, insertStep, moveStep, removeStep, setLink } from './edit';
import { abandoned } from './test-fixtures';
import { linksOf, newStep, newStepId, outputsOf, TRIGGER } from './steps';

describe('outputs', () => {
  it('lists each kind of step’s ways on, by the field the server names', () => {
    const def = abandoned();
    expect(outputsOf(def.steps[0]!).map((o) => [o.field, o.target])).toEqual([
      ['onEvent', 'exit_3'],
      ['onTimeout', 'action_2'],
    ]);
    expect(outputsOf(newStep('split', 's')).map((o) => o.field)).toEqual(['paths.0.next', 'paths.1.next']);
    expect(outputsOf(newStep('exit', 'e'))).toEqual([]);
  });

  it('gives a new step an id not taken, from its type', () => {
    const def = abandoned();
    expect(newStepId(def, 'wait')).toBe('wait_4');
    expect(newStepId({ ...def, steps: [...def.steps, newStep('wait', 'wait_4')] }, 'wait')).toBe('wait_5');
  });
});

describe('editing the graph', () => {
  it('makes the first step of an empty journey its start, and links later ones from where they were added', () => {
    let def = addStep(blankDefinition(), newStep('wait_for', 'wait_for_1'), { x: 0, y: 0 });
    expect(def.start).toBe('wait_for_1');
    def = addStep(def, newStep('action:send', 'action_2'), { x: 0, y: 170 }, { source: 'wait_for_1', field: 'onTimeout' });
    expect(def.steps[0]).toMatchObject({ onTimeout: 'action_2' });
    expect(def.layout.action_2).toEqual({ x: 0, y: 170 });
    def = addStep(def, newStep('exit', 'exit_3'), { x: 0, y: 340 });
    expect(def.start).toBe('wait_for_1');
    expect(linksOf(def)).toEqual([
      { source: TRIGGER, field: 'start', target: 'wait_for_1' },
      { source: 'wait_for_1', field: 'onTimeout', target: 'action_2' },
    ]);
  });

  it('links and unlinks outputs, split paths included', () => {
    let def = addStep(blankDefinition(), newStep('split', 's'), { x: 0, y: 0 });
    def = addStep(def, newStep('exit', 'e'), { x: 0, y: 0 });
    def = setLink(def, 's', 'paths.1.next', 'e');
    expect(def.steps[0]).toMatchObject({ paths: [{ key: 'A' }, { key: 'B', next: 'e' }] });
    def = setLink(def, 's', 'paths.1.next', null);
    expect(def.steps[0]).toEqual(newStep('split', 's'));
    expect(setLink(def, TRIGGER, 'start', 'e').start).toBe('e');
    // A field the step does not have changes nothing.
    expect(setLink(def, 'e', 'next', 's').steps[1]).toEqual(newStep('exit', 'e'));
  });

  it('puts a step on a link, the old target after it', () => {
    const def = insertStep(abandoned(), newStep('wait', 'wait_4'), { source: 'action_2', field: 'next', target: 'exit_3' }, { x: 5, y: 5 });
    expect(def.steps.find((s) => s.id === 'action_2')).toMatchObject({ next: 'wait_4' });
    expect(def.steps.find((s) => s.id === 'wait_4')).toMatchObject({ next: 'exit_3' });
    const first = insertStep(abandoned(), newStep('exit', 'exit_4'), { source: TRIGGER, field: 'start', target: 'wait_for_1' }, { x: 0, y: 0 });
    expect(first.start).toBe('exit_4');
  });

  it('removes a step with the links to it and its place', () => {
    const def = removeStep(moveStep(abandoned(), 'exit_3', { x: 10.4, y: 20.6 }), 'exit_3');
    expect(def.steps.map((s) => s.id)).toEqual(['wait_for_1', 'action_2']);
    expect(def.steps[0]).not.toHaveProperty('onEvent');
    expect(def.steps[1]).not.toHaveProperty('next');
    expect(def.layout).toEqual({});
    expect(removeStep(abandoned(), 'wait_for_1').start).toBe('');
  });

  it('keeps positions in whole pixels', () => {
    expect(moveStep(abandoned(), 'exit_3', { x: 10.4, y: 20.6 }).layout.exit_3).toEqual({ x: 10, y: 21 });
  });
});
