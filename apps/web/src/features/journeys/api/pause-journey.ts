import type { Journey } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { journeyKeys, journeyPath } from './keys';

/** POST /api/v1/journeys/:id/pause: no one enters and no one moves on until it is published again. */
export function usePauseJourney(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<Journey>(`${journeyPath(id)}/pause`, { method: 'POST' }),
    onSuccess: (journey) => {
      queryClient.setQueryData(journeyKeys.detail(id), journey);
      return queryClient.invalidateQueries({ queryKey: journeyKeys.lists() });
    },
  });
}
