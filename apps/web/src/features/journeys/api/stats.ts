import type { JourneyStats } from '@rapport/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { journeyKeys, journeyPath } from './keys';

/** How often open figures are read again while the tab is visible. */
const statsPollMs = 10_000;

/** GET /api/v1/journeys/:id/stats?version=: per step entered, waiting, completed and converted (the current version without one). */
export const useJourneyStats = (id: string, version: number | undefined, options: { enabled?: boolean; poll?: boolean } = {}) =>
  useQuery({
    queryKey: journeyKeys.stats(id, version),
    queryFn: ({ signal }) => api<JourneyStats>(`${journeyPath(id)}/stats`, { query: { version }, signal }),
    enabled: options.enabled ?? true,
    placeholderData: keepPreviousData,
    refetchInterval: options.poll ? statsPollMs : false,
  });
