import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api';
import { definitionErrors, definitionNodePath } from './errors';

const problem = (status: number, errors: { path: string; message: string }[], detail = 'Validation failed') =>
  new ApiError(status, { type: 'about:blank', title: 'Bad Request', status, detail, errors } as never, detail);

describe('definition errors', () => {
  it('finds the node an error path points at', () => {
    expect(definitionNodePath('definition.children.2.count.value')).toEqual([2]);
    expect(definitionNodePath('definition.children.1.children.0.to')).toEqual([1, 0]);
    expect(definitionNodePath('definition')).toEqual([]);
    expect(definitionNodePath('name')).toBeNull();
  });

  it('puts messages at their condition, through the map from sent to builder paths', () => {
    const error = problem(400, [
      { path: 'definition.children.1.children.0.to', message: 'The first bucket comes after the last' },
      { path: 'definition.children.1.children.0.salt', message: 'Too long' },
      { path: 'name', message: 'Already in use' },
    ]);
    const out = definitionErrors(error, new Map([['1.0', '2.1']]));
    expect(out.byNode.get('2.1')).toBe('The first bucket comes after the last; Too long');
    expect(out.byField.get('name')).toBe('Already in use');
    expect(out.other).toEqual([]);
  });

  it('keeps a refusal without paths, or at a node the builder no longer has, as a general message', () => {
    expect(definitionErrors(problem(409, [], 'Used by VIP; change those first')).other).toEqual(['Used by VIP; change those first']);
    expect(definitionErrors(problem(400, [{ path: 'definition.children.5.event', message: 'Unknown' }]), new Map()).other).toEqual(['definition.children.5.event: Unknown']);
  });
});
