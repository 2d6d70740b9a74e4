import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { journeyKeys, journeyPath } from './keys';

/** DELETE /api/v1/journeys/:id. */
export function useDeleteJourney(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>(journeyPath(id), { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: journeyKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: journeyKeys.lists() });
    },
  });
}
