import type { JourneyStats } from '@rapport/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { journeyKeys, journeyPath } from './keys';

/** How often open figures are read again while the tab is visible. */
const statsPollMs = 10_000;

/**
 * GET /api/v1/journeys/:id/stats?version=: per step entered, waiting, completed and converted (the
 * current version without one). `totalsOnly` skips the figures per step, which cost far more.
 */
export const useJourneyStats = (id: string, version: number | undefined, options: { enabled?: boolean; poll?: boolean; totalsOnly?: boolean } = {}) =>
  useQuery({
    queryKey: [...journeyKeys.stats(id, version), options.totalsOnly ? 'totals' : 'steps'],
    queryFn: ({ signal }) => api<JourneyStats>(`${journeyPath(id)}/stats`, { query: { version, steps: options.totalsOnly ? 'false' : undefined }, signal }),
    enabled: options.enabled ?? true,
    placeholderData: keepPreviousData,
    refetchInterval: options.poll ? statsPollMs : false,
  });
