import { describe, expect, it } from 'vitest';
import { splitMinutes, toMinutes } from './duration';
import { sharePercent } from './stats';

describe('durations', () => {
  it('shows minutes in the largest unit that divides them', () => {
    expect(splitMinutes(2880)).toEqual({ value: 2, unit: 'days' });
    expect(splitMinutes(120)).toEqual({ value: 2, unit: 'hours' });
    expect(splitMinutes(90)).toEqual({ value: 90, unit: 'minutes' });
    expect(toMinutes(2, 'days')).toBe(2880);
    expect(toMinutes(1.5, 'hours')).toBe(90);
  });

  it('gives split paths their share', () => {
    expect([0, 1, 2].map((i) => sharePercent([50, 25, 25], i))).toEqual([50, 25, 25]);
    expect(sharePercent([], 0)).toBe(0);
  });
});
