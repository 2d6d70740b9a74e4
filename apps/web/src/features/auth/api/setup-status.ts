import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export interface SetupStatus {
  needsSetup: boolean;
}

export const setupStatusQuery = queryOptions({
  queryKey: ['setup-status'],
  queryFn: ({ signal }) => api<SetupStatus>('/api/v1/setup', { signal }),
  staleTime: Infinity,
});

/** GET /api/v1/setup: whether the first user still has to be created. */
export const useSetupStatus = () => useQuery(setupStatusQuery);
