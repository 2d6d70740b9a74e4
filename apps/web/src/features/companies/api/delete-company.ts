import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { companyKeys } from './companies';

/** DELETE /api/v1/companies/:id; its people stay, unlinked. */
export function useDeleteCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/v1/companies/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: companyKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: ['contacts'] });
      return queryClient.invalidateQueries({ queryKey: companyKeys.all });
    },
  });
}
