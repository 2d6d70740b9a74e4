import type { ContactTraits } from '@rapport/contracts';
import { describe, expect, it } from 'vitest';
import { acquisitionText, shownTraits } from './traits';

const none: ContactTraits = {
  firstSeenAt: null,
  lastSeenAt: null,
  firstOrderAt: null,
  lastOrderAt: null,
  orderCount: 0,
  revenue: 0,
  averageOrderValue: null,
  daysSinceLastOrder: null,
  favouriteCategory: null,
  lastViewedProducts: [],
  acquisition: { source: null, medium: null, campaign: null },
};

describe('shownTraits', () => {
  it('shows nothing for a contact without events or orders', () => {
    expect(shownTraits(none)).toEqual([]);
  });

  it('shows a visitor only when they were seen and how they came', () => {
    const visitor = { ...none, firstSeenAt: '2026-01-01T00:00:00Z', lastSeenAt: '2026-02-01T00:00:00Z', acquisition: { source: 'google', medium: null, campaign: null } };
    expect(shownTraits(visitor)).toEqual(['firstSeen', 'lastSeen', 'acquisition']);
  });

  it('keeps a revenue of 0 when every order was refunded', () => {
    const refunded = { ...none, orderCount: 1, revenue: 0, averageOrderValue: 0, daysSinceLastOrder: 3, lastOrderAt: '2026-03-01T00:00:00Z' };
    expect(shownTraits(refunded)).toEqual(['orders', 'revenue', 'aov', 'lastOrder']);
  });
});

describe('acquisitionText', () => {
  it('joins the parts that are known', () => {
    expect(acquisitionText({ source: 'google', medium: 'cpc', campaign: 'spring' })).toBe('google / cpc / spring');
    expect(acquisitionText({ source: null, medium: 'email', campaign: ' ' })).toBe('email');
    expect(acquisitionText({ source: null, medium: null, campaign: null })).toBeNull();
  });
});
