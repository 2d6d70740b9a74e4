import type { RfmReport, RfmRule } from '@rapport/contracts';

export const scores = [1, 2, 3, 4, 5] as const;

export interface GridCell {
  r: number;
  f: number;
  contacts: number;
  revenue: number;
  /** The group the workspace's map names this cell; null when no rule covers it. */
  group: string | null;
}

/** The group of a cell: the first rule whose ranges hold it, as the server assigns it. */
export function groupOfCell(rules: RfmRule[], r: number, f: number): string | null {
  return rules.find((rule) => r >= rule.r[0] && r <= rule.r[1] && f >= rule.f[0] && f <= rule.f[1])?.group ?? null;
}

/**
 * All 25 cells, empty ones included, rows from F 5 down to F 1 so the best customers sit at the
 * top right. The group comes from the current map when there is one: the report only names the
 * cells that hold contacts, and only as of the last run.
 */
export function buildGrid(report: RfmReport, rules: RfmRule[] | undefined): GridCell[][] {
  const found = new Map(report.cells.map((c) => [`${c.r}:${c.f}`, c]));
  return [...scores].reverse().map((f) =>
    scores.map((r) => {
      const cell = found.get(`${r}:${f}`);
      const group = rules ? groupOfCell(rules, r, f) : (cell?.group ?? null);
      return { r, f, contacts: cell?.contacts ?? 0, revenue: cell?.revenue ?? 0, group };
    }),
  );
}

/**
 * The colour shade (0–9) of a cell with `contacts` when the fullest holds `max`. A square root
 * scale, so a few large cells do not wash every other one out to the palest shade.
 */
export function heatShade(contacts: number, max: number): number {
  if (contacts <= 0 || max <= 0) return 0;
  return Math.min(9, 1 + Math.round(Math.sqrt(contacts / max) * 8));
}

/** Cells no rule of the map covers: their contacts would have no group. */
export function uncoveredCells(rules: RfmRule[]): { r: number; f: number }[] {
  return scores.flatMap((r) => scores.flatMap((f) => (groupOfCell(rules, r, f) ? [] : [{ r, f }])));
}
