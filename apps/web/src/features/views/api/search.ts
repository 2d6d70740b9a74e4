import type { SearchResult } from '@rapport/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

/** GET /api/v1/search?q=: contacts (name, email, phone in any format, company) and companies (name, domain). */
export const useGlobalSearch = (q: string, options: { limit?: number; enabled?: boolean } = {}) => {
  const term = q.trim();
  const { limit = 8, enabled = true } = options;
  return useQuery({
    queryKey: ['search', term, limit],
    queryFn: ({ signal }) => api<SearchResult>('/api/v1/search', { query: { q: term, limit }, signal }),
    enabled: enabled && term.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
};
