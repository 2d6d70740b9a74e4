import type { Company, Page } from '@rapport/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { companyKeys } from './companies';

/** GET /api/v1/companies?q=…&limit=20: the first matches, for pickers. */
export const useCompanySearch = (q: string, enabled = true) =>
  useQuery({
    queryKey: companyKeys.search(q),
    queryFn: ({ signal }) => api<Page<Company>>('/api/v1/companies', { query: { q: q || undefined, limit: 20 }, signal }),
    select: (page) => page.data,
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 30_000,
  });
