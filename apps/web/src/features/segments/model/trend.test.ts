import { describe, expect, it } from 'vitest';
import { trendPoints } from './trend';

describe('trend sparkline points', () => {
  const today = new Date('2026-03-31T10:00:00Z');

  it('has one point per day for 30 days, ending on the current size', () => {
    const points = trendPoints([{ day: '2026-03-29', size: 40 }], 42, today);
    expect(points).toHaveLength(30);
    expect(points.at(-1)).toBe(42);
    expect(points.at(-2)).toBe(40);
  });

  it('carries a size over days without one, and starts flat before the first', () => {
    const points = trendPoints(
      [
        { day: '2026-03-20', size: 10 },
        { day: '2026-03-25', size: 30 },
      ],
      35,
      today,
    );
    expect(points.slice(0, 19).every((p) => p === 10)).toBe(true);
    expect(points[24]).toBe(30);
    expect(points[28]).toBe(30);
  });
});
