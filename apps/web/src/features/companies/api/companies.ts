import type { Company } from '@rapport/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQueryOptions } from '../../../lib/pagination';

export const companyKeys = {
  all: ['companies'] as const,
  lists: () => [...companyKeys.all, 'list'] as const,
  search: (q: string) => [...companyKeys.all, 'search', q] as const,
  detail: (id: string) => [...companyKeys.all, 'detail', id] as const,
};

/** GET /api/v1/companies with quick search, keyset-paginated. */
export const useCompanies = (filter: { q?: string }) =>
  useInfiniteQuery({
    ...pagedQueryOptions<Company>(companyKeys.lists(), '/api/v1/companies', { q: filter.q }, 50),
    placeholderData: (previous) => previous,
  });
