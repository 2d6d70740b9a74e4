import type { ContactTraits } from '@rapport/contracts';

/** The traits the profile header can show, in the order it shows them. */
export const traitKeys = ['orders', 'revenue', 'aov', 'lastOrder', 'favouriteCategory', 'firstSeen', 'lastSeen', 'acquisition'] as const;
export type TraitKey = (typeof traitKeys)[number];

/** Source, medium and campaign that are known, e.g. "google / cpc / spring_sale". */
export function acquisitionText(acquisition: ContactTraits['acquisition']): string | null {
  const parts = [acquisition.source, acquisition.medium, acquisition.campaign].filter((p): p is string => Boolean(p?.trim()));
  return parts.length ? parts.join(' / ') : null;
}

/**
 * The traits that have a value. Revenue and the average follow the order count: a customer whose
 * orders were all refunded has a revenue of 0, which is worth showing; someone who never ordered has none.
 */
export function shownTraits(traits: ContactTraits): TraitKey[] {
  const hasOrders = traits.orderCount > 0;
  const has: Record<TraitKey, boolean> = {
    orders: hasOrders,
    revenue: hasOrders,
    aov: hasOrders && traits.averageOrderValue !== null,
    lastOrder: traits.daysSinceLastOrder !== null,
    favouriteCategory: Boolean(traits.favouriteCategory),
    firstSeen: traits.firstSeenAt !== null,
    lastSeen: traits.lastSeenAt !== null,
    acquisition: acquisitionText(traits.acquisition) !== null,
  };
  return traitKeys.filter((key) => has[key]);
}
