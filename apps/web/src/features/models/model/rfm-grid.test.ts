import { defaultRfmRules, type RfmReport } from '@rapport/contracts';
import { describe, expect, it } from 'vitest';
import { buildGrid, groupOfCell, heatShade, uncoveredCells } from './rfm-grid';

const report: RfmReport = {
  computedAt: '2026-01-01T00:00:00.000Z',
  scored: 7,
  cells: [
    { r: 5, f: 5, contacts: 4, revenue: 1000, group: 'champions' },
    { r: 1, f: 1, contacts: 3, revenue: 90, group: 'lost' },
  ],
  groups: [],
};

describe('the RFM grid', () => {
  it('names each cell by the first rule that holds it', () => {
    expect(groupOfCell(defaultRfmRules, 5, 5)).toBe('champions');
    expect(groupOfCell(defaultRfmRules, 1, 1)).toBe('lost');
    expect(groupOfCell(defaultRfmRules, 2, 5)).toBe('cant_lose');
    expect(groupOfCell([{ group: 'loyal', r: [4, 5], f: [4, 5] }], 1, 1)).toBeNull();
  });

  it('has 25 cells, best frequency on top, with empty cells filled in', () => {
    const grid = buildGrid(report, defaultRfmRules);
    expect(grid).toHaveLength(5);
    expect(grid.every((row) => row.length === 5)).toBe(true);
    expect(grid[0]![4]).toEqual({ r: 5, f: 5, contacts: 4, revenue: 1000, group: 'champions' });
    expect(grid[4]![0]).toEqual({ r: 1, f: 1, contacts: 3, revenue: 90, group: 'lost' });
    expect(grid[2]![2]).toEqual({ r: 3, f: 3, contacts: 0, revenue: 0, group: 'need_attention' });
  });

  it('falls back to the groups of the last run without a map', () => {
    const grid = buildGrid(report, undefined);
    expect(grid[0]![4]!.group).toBe('champions');
    expect(grid[2]![2]!.group).toBeNull();
  });

  it('shades by contacts, empty cells palest and the fullest darkest', () => {
    expect(heatShade(0, 10)).toBe(0);
    expect(heatShade(10, 10)).toBe(9);
    expect(heatShade(1, 100)).toBeGreaterThan(0);
    expect(heatShade(1, 100)).toBeLessThan(heatShade(50, 100));
  });

  it('finds the cells a map leaves without a group', () => {
    expect(uncoveredCells(defaultRfmRules)).toEqual([]);
    expect(uncoveredCells([{ group: 'champions', r: [1, 5], f: [2, 5] }])).toEqual(scores1());
  });
});

function scores1() {
  return [1, 2, 3, 4, 5].map((r) => ({ r, f: 1 }));
}
