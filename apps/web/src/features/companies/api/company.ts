import type { Company } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { companyKeys } from './companies';

/** GET /api/v1/companies/:id */
export const useCompany = (id: string) =>
  useQuery({
    queryKey: companyKeys.detail(id),
    queryFn: ({ signal }) => api<Company>(`/api/v1/companies/${encodeURIComponent(id)}`, { signal }),
  });
