import type { CampaignResults } from '@rapport/contracts';

/** Below this a difference is called significant. */
export const significanceLevel = 0.05;

export type Significance = { kind: 'none' } | { kind: 'significant' | 'notSignificant'; p: string };

/** The relation of a p-value, to follow "p": "= 0.004", or "< 0.001" when smaller than three decimals show. */
export function formatP(p: number): string {
  return p < 0.001 ? '< 0.001' : `= ${p.toFixed(3)}`;
}

/** A p-value against variant A, read: none (A itself, or too few sends), significant or not. */
export function significance(p: number | null | undefined): Significance {
  if (p === null || p === undefined || !Number.isFinite(p)) return { kind: 'none' };
  return { kind: p < significanceLevel ? 'significant' : 'notSignificant', p: formatP(p) };
}

/** A rate (0–1) as a percentage with one decimal in the reader's format; "—" when there is none. */
export function formatRate(rate: number | null | undefined, lng: string): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—';
  return new Intl.NumberFormat(lng, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);
}

/** Open and click rates per variant, in percent, for the chart. */
export function rateChartData(variants: CampaignResults['variants']): { variant: string; open: number; click: number }[] {
  const pct = (r: number | null) => (r === null ? 0 : Math.round(r * 1000) / 10);
  return variants.map((v) => ({ variant: v.variant, open: pct(v.openRate), click: pct(v.clickRate) }));
}

export interface HoldoutComparison {
  treatedRate: number | null;
  holdoutRate: number | null;
  /** Treated minus holdout, in rate units (0.02 is two points). */
  difference: number | null;
  /** The difference relative to the holdout's rate; null when the holdout bought nothing. */
  lift: number | null;
}

/** What the campaign added: the buyer rate of those who got it against those held out. */
export function holdoutComparison(h: NonNullable<CampaignResults['holdout']>): HoldoutComparison {
  const t = h.treatedBuyerRate;
  const o = h.buyerRate;
  const difference = t !== null && o !== null ? t - o : null;
  return { treatedRate: t, holdoutRate: o, difference, lift: difference !== null && o ? difference / o : null };
}

/** The results' messages still waiting (queued or being sent), over every variant. */
export const queuedOf = (r: CampaignResults | undefined) => r?.variants.reduce((s, v) => s + v.queued, 0) ?? 0;
