import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api';
import type { JourneyDraft } from './draft';
import { addStep, setLink, updateStep } from './edit';
import { builderErrors, byNode, fieldError, placePath, problemsOf, stillValid, type Failure } from './errors';
import { abandoned } from './test-fixtures';
import { JOURNEY, newStep, TRIGGER } from './steps';

const problem = (errors: { path: string; message: string }[]) =>
  new ApiError(400, { type: 'about:blank', title: 'Invalid', status: 400, code: 'validation', detail: 'The journey is not valid', errors }, 'The journey is not valid');

describe('placing errors', () => {
  const def = abandoned();
  it('puts a step’s path on that step, by its index in what was sent', () => {
    expect(placePath(def, 'steps.1.action.templateId')).toEqual({ node: 'action_2', field: 'action.templateId' });
    expect(placePath(def, 'definition.steps.2')).toEqual({ node: 'exit_3', field: '' });
    expect(placePath(def, 'steps.0.onTimeout')).toEqual({ node: 'wait_for_1', field: 'onTimeout' });
  });

  it('puts the trigger, the start and the settings on the trigger, and the name on the journey', () => {
    expect(placePath(def, 'trigger.event')).toEqual({ node: TRIGGER, field: 'trigger.event' });
    expect(placePath(def, 'definition.start')).toEqual({ node: TRIGGER, field: 'start' });
    expect(placePath(def, 'goal.withinDays')).toEqual({ node: TRIGGER, field: 'goal.withinDays' });
    expect(placePath(def, 'name')).toEqual({ node: JOURNEY, field: 'name' });
    expect(placePath(def, 'steps.9.next')).toEqual({ node: '', field: 'steps.9.next' });
    expect(placePath(def, '')).toEqual({ node: '', field: '' });
  });

  it('reads a refusal, with or without paths', () => {
    expect(problemsOf(problem([{ path: 'steps.2', message: 'Unreachable' }]), def)).toEqual([{ node: 'exit_3', field: '', message: 'Unreachable' }]);
    expect(problemsOf(problem([]), def)).toEqual([{ node: '', field: '', message: 'The journey is not valid' }]);
    expect(problemsOf(new Error('x'), def)).toEqual([]);
  });

  it('groups by node and finds a field’s message', () => {
    const placed = problemsOf(problem([{ path: 'steps.1.action.templateId', message: 'Unknown template' }, { path: 'steps.1', message: 'Unreachable' }]), def);
    const grouped = byNode(placed);
    expect(grouped.get('action_2')).toHaveLength(2);
    expect(fieldError(grouped.get('action_2'), 'action')).toBe('Unknown template');
    expect(fieldError(grouped.get('action_2'), 'next')).toBeUndefined();
  });
});

describe('which complaints still apply', () => {
  const draft: JourneyDraft = { name: 'Cart', description: '', definition: addStep(abandoned(), newStep('exit', 'lost'), { x: 0, y: 0 }) };
  const failure: Failure = {
    sent: draft,
    problems: [
      { node: 'lost', field: '', message: 'Unreachable' },
      { node: 'action_2', field: 'action.templateId', message: 'Unknown template' },
      { node: TRIGGER, field: 'trigger.event', message: 'Required' },
      { node: JOURNEY, field: 'name', message: 'Taken' },
      { node: '', field: '', message: 'Something else' },
    ],
  };
  const messages = (d: JourneyDraft) => stillValid(failure, d).map((p) => p.message);

  it('keeps all while nothing changed but positions', () => {
    expect(messages({ ...draft, definition: { ...draft.definition, layout: { lost: { x: 9, y: 9 } } } })).toHaveLength(5);
  });

  it('drops a step’s own complaints when it changes, and a step-wide one when the links change', () => {
    const send = draft.definition.steps[1]!;
    const edited = updateStep(draft.definition, { ...send, name: 'Reminder' });
    expect(messages({ ...draft, definition: edited })).toEqual(['Unreachable', 'Required', 'Taken']);
    const linked = setLink(draft.definition, 'wait_for_1', 'onEvent', 'lost');
    expect(messages({ ...draft, definition: linked })).toEqual(['Unknown template', 'Required', 'Taken']);
  });

  it('drops the trigger’s and the name’s when they change', () => {
    expect(messages({ ...draft, name: 'Cart 2', definition: { ...draft.definition, trigger: { type: 'manual' } } })).toEqual(['Unreachable', 'Unknown template']);
    expect(stillValid(null, draft)).toEqual([]);
  });
});

describe('errors inside a condition', () => {
  it('keys them as the segment builder keys its conditions', () => {
    const problems = [
      { node: 'b', field: 'condition.definition.children.1.children.0.value', message: 'Need a number' },
      { node: 'b', field: 'condition.definition', message: 'Empty' },
      { node: 'b', field: 'yes', message: 'Other' },
    ];
    expect([...builderErrors(problems, 'condition.definition')]).toEqual([
      ['1.0', 'Need a number'],
      ['', 'Empty'],
    ]);
  });
});
