import type { Journey } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { journeyKeys, journeyPath } from './keys';

/** GET /api/v1/journeys/:id, at its current version. */
export const useJourney = (id: string) =>
  useQuery({
    queryKey: journeyKeys.detail(id),
    queryFn: ({ signal }) => api<Journey>(journeyPath(id), { signal }),
    // The editor starts from this once; a refetch must not look like someone else's edit.
    staleTime: Infinity,
  });
