import type { Me } from '@rapport/contracts';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: ({ signal }) => api<Me>('/api/v1/me', { signal }),
  staleTime: 5 * 60_000,
});

/** GET /api/v1/me. Only for signed-in pages: the app layout loads it before they render. */
export const useMe = () => useSuspenseQuery(meQuery).data;
