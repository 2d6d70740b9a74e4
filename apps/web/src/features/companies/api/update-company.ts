import type { Company, UpdateCompanyInput } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { timelineKeys } from '../../timeline';
import { companyKeys } from './companies';

/** PATCH /api/v1/companies/:id */
export function useUpdateCompany(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateCompanyInput) => api<Company>(`/api/v1/companies/${encodeURIComponent(id)}`, { method: 'PATCH', body: input }),
    onSuccess: (company) => {
      queryClient.setQueryData(companyKeys.detail(id), company);
      void queryClient.invalidateQueries({ queryKey: timelineKeys.record('company', id) });
      // Contacts show their company's name, so a rename reaches them too.
      void queryClient.invalidateQueries({ queryKey: ['contacts'] });
      return queryClient.invalidateQueries({ queryKey: companyKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' });
    },
  });
}
