import type { JourneyStats } from '@rapport/contracts';

export type StepStats = JourneyStats['steps'][number];

/** Each step's figures by its id. */
export function statsByStep(stats: JourneyStats | undefined): Map<string, StepStats> {
  return new Map((stats?.steps ?? []).map((s) => [s.stepId, s]));
}

/** A split path's share of all weights, in whole percent. */
export function sharePercent(weights: number[], i: number): number {
  const total = weights.reduce((a, b) => a + b, 0);
  return total > 0 ? Math.round(((weights[i] ?? 0) / total) * 100) : 0;
}
