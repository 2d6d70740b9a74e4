import { describe, expect, it } from 'vitest';
import { formatRate, holdoutComparison, rateChartData, significance } from './results';

describe('campaign results', () => {
  it('reads a p-value as significant below 0.05, and shows none for A or too few sends', () => {
    expect(significance(0.004)).toEqual({ kind: 'significant', p: '= 0.004' });
    expect(significance(0.0001)).toEqual({ kind: 'significant', p: '< 0.001' });
    expect(significance(0.05)).toEqual({ kind: 'notSignificant', p: '= 0.050' });
    expect(significance(0.3)).toEqual({ kind: 'notSignificant', p: '= 0.300' });
    expect(significance(null)).toEqual({ kind: 'none' });
  });

  it('formats rates as percentages with one decimal, and a missing rate as a dash', () => {
    expect(formatRate(0.3333, 'en')).toBe('33.3%');
    expect(formatRate(null, 'en')).toBe('—');
  });

  it('compares buyers among those who got the campaign with the holdout', () => {
    const h = { contacts: 100, buyers: 2, buyerRate: 0.02, treatedContacts: 900, treatedBuyers: 36, treatedBuyerRate: 0.04, pValue: 0.3 };
    const c = holdoutComparison(h);
    expect(c.difference).toBeCloseTo(0.02);
    expect(c.lift).toBeCloseTo(1);
    expect(holdoutComparison({ ...h, buyers: 0, buyerRate: 0 }).lift).toBeNull();
    expect(holdoutComparison({ ...h, contacts: 0, buyerRate: null }).difference).toBeNull();
  });

  it('charts open and click rates in percent', () => {
    const v = { recipients: 10, sent: 10, skipped: 0, failed: 0, queued: 0, opened: 3, clicked: 1, converted: 0, revenue: 0, revenueByCurrency: [], unsubscribed: 0, bounced: 0, conversionRate: 0, pValues: { open: null, click: null, conversion: null } };
    expect(rateChartData([{ ...v, variant: 'A', openRate: 0.3, clickRate: 0.1 }, { ...v, variant: 'B', openRate: null, clickRate: null }])).toEqual([
      { variant: 'A', open: 30, click: 10 },
      { variant: 'B', open: 0, click: 0 },
    ]);
  });
});
