import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api';
import { inputOf, newDraft } from './draft';
import { fieldOf, liveErrors, placeErrors, problemErrors } from './errors';

const problem = (errors: { path: string; message: string }[], detail = 'The campaign is not valid') =>
  new ApiError(400, { type: 'about:blank', title: 'Bad Request', status: 400, code: 'validation_failed', detail, errors }, detail);

describe('campaign errors', () => {
  it('are kept by path, or by the detail when the refusal names no field', () => {
    const errors = problemErrors(
      problem([
        { path: 'variants.1.templateId', message: 'No such template' },
        { path: 'variants.1.templateId', message: 'Every variant goes out on one channel (email)' },
      ]),
    );
    expect([...errors]).toEqual([['variants.1.templateId', 'No such template; Every variant goes out on one channel (email)']]);
    expect([...problemErrors(problem([], 'A sent campaign cannot be edited'))]).toEqual([['', 'A sent campaign cannot be edited']]);
    expect(problemErrors(new Error('x')).size).toBe(0);
  });

  it('show at the field of their path, the rest apart', () => {
    expect(fieldOf('audience.include.0')).toBe('audience.include');
    expect(fieldOf('audience')).toBe('audience.include');
    expect(fieldOf('variants.2.key')).toBe('variants');
    expect(fieldOf('variants.0.weight')).toBe('variants.0.weight');
    expect(fieldOf('schedule.kind')).toBe('schedule');
    expect(fieldOf('schedule.at')).toBe('schedule.at');
    expect(fieldOf('segmentsTotal')).toBeNull();
    const placed = placeErrors(
      new Map([
        ['audience.include.0', 'No such segment'],
        ['audience.include.2', 'No such segment'],
        ['weird', 'Hm'],
        ['', 'Whole'],
      ]),
      (path, message) => (path.startsWith('audience.include.') ? `#${path.split('.')[2]}: ${message}` : message),
    );
    expect(placed.byField.get('audience.include')).toBe('#0: No such segment; #2: No such segment');
    expect(placed.other).toEqual(['weird: Hm', 'Whole']);
  });

  it('last while the value they are about is unchanged', () => {
    const sent = inputOf({ ...newDraft(), name: 'A', include: ['s1', 's2'] });
    const errors = new Map([
      ['audience.include.1', 'No such segment'],
      ['name', 'Taken'],
      ['', 'Nope'],
    ]);
    expect([...liveErrors(errors, sent, sent).keys()]).toEqual(['audience.include.1', 'name', '']);
    const renamed = inputOf({ ...newDraft(), name: 'B', include: ['s1', 's2'] });
    expect([...liveErrors(errors, sent, renamed).keys()]).toEqual(['audience.include.1']);
    const removed = inputOf({ ...newDraft(), name: 'A', include: ['s1'] });
    expect([...liveErrors(errors, sent, removed).keys()]).toEqual(['name']);
  });
});
