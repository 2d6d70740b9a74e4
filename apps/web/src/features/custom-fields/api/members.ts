import type { Member } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

/**
 * GET /api/v1/members?limit=200: everyone a record can be assigned to, in one page. Owner pickers
 * and owner names need the whole list at once rather than the paged list of the members screen.
 */
export const useMemberDirectory = () =>
  useQuery({
    queryKey: ['members', 'directory'],
    queryFn: ({ signal }) => api<{ data: Member[] }>('/api/v1/members', { query: { limit: 200 }, signal }),
    select: (r) => r.data,
    staleTime: 5 * 60_000,
  });
