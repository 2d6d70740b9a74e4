import { defaultNasldSettings, type NasldReport } from '@rapport/contracts';
import { describe, expect, it } from 'vitest';
import { historyRows, stateLimits, stateTotals } from './nasld';

const report: NasldReport = {
  computedAt: null,
  workspaceCycleDays: 40,
  states: [
    { state: 'A', contacts: 3, revenue: 300 },
    { state: 'prospect', contacts: 5, revenue: 0 },
  ],
  history: [
    { day: '2026-01-02', state: 'A', contacts: 3, revenue: 300 },
    { day: '2026-01-01', state: 'A', contacts: 2, revenue: 200 },
    { day: '2026-01-02', state: 'D', contacts: 1, revenue: 10 },
  ],
  transitions: [],
};

describe('NASLD', () => {
  it('lists every state in order, with zeros for the empty ones', () => {
    expect(stateTotals(report).map((s) => [s.state, s.contacts])).toEqual([
      ['N', 0],
      ['A', 3],
      ['S', 0],
      ['L', 0],
      ['D', 0],
      ['prospect', 5],
    ]);
  });

  it('pivots the history to a row per day, oldest first', () => {
    expect(historyRows(report.history)).toEqual([
      { day: '2026-01-01', N: 0, A: 2, S: 0, L: 0, D: 0, prospect: 0 },
      { day: '2026-01-02', N: 0, A: 3, S: 0, L: 0, D: 1, prospect: 0 },
    ]);
  });

  it('derives the day limits from the cycle, capped by the deep-dormant days', () => {
    expect(stateLimits(defaultNasldSettings, 40)).toEqual({ newDays: 40, activeDays: 40, sleepyDays: 80, lostDays: 120 });
    expect(stateLimits(defaultNasldSettings, 10)).toEqual({ newDays: 30, activeDays: 10, sleepyDays: 20, lostDays: 30 });
    expect(stateLimits(defaultNasldSettings, 90)).toEqual({ newDays: 90, activeDays: 90, sleepyDays: 180, lostDays: 180 });
  });
});
