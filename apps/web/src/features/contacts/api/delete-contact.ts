import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { contactKeys } from './contacts';

/** DELETE /api/v1/contacts/:id */
export function useDeleteContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/v1/contacts/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: contactKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: contactKeys.lists() });
    },
  });
}
