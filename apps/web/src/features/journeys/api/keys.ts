import type { JourneyStatus } from '../model/status';

export const journeyKeys = {
  all: ['journeys'] as const,
  lists: () => [...journeyKeys.all, 'list'] as const,
  list: (status: JourneyStatus | undefined) => [...journeyKeys.lists(), status ?? 'all'] as const,
  detail: (id: string) => [...journeyKeys.all, 'detail', id] as const,
  versions: (id: string) => [...journeyKeys.all, 'versions', id] as const,
  runs: (id: string) => [...journeyKeys.all, 'runs', id] as const,
  stats: (id: string, version?: number) => [...journeyKeys.all, 'stats', id, version ?? 'current'] as const,
  recipes: () => [...journeyKeys.all, 'recipes'] as const,
  templates: (channel: string | undefined) => [...journeyKeys.all, 'templates', channel ?? 'all'] as const,
  couponPools: () => [...journeyKeys.all, 'coupon-pools'] as const,
};

export const journeysPath = '/api/v1/journeys';
export const journeyPath = (id: string) => `${journeysPath}/${encodeURIComponent(id)}`;
