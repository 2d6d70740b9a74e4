import type { Journey } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { journeyKeys, journeyPath } from './keys';

/** POST /api/v1/journeys/:id/publish: live from now on (or again, after a pause). The server checks the whole graph first. */
export function usePublishJourney(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<Journey>(`${journeyPath(id)}/publish`, { method: 'POST' }),
    meta: { skipErrorNotification: true },
    onSuccess: (journey) => {
      queryClient.setQueryData(journeyKeys.detail(id), journey);
      void queryClient.invalidateQueries({ queryKey: journeyKeys.versions(id) });
      return queryClient.invalidateQueries({ queryKey: journeyKeys.lists() });
    },
  });
}
