import type { Journey, JourneyDefinition } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { journeyKeys, journeyPath } from './keys';

export interface JourneyPatch {
  name?: string;
  description?: string | null;
  definition?: JourneyDefinition;
}

/** PATCH /api/v1/journeys/:id: a live journey's new definition becomes its next version. */
export function useUpdateJourney(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: JourneyPatch) => api<Journey>(journeyPath(id), { method: 'PATCH', body: patch }),
    meta: { skipErrorNotification: true },
    onSuccess: (journey) => {
      queryClient.setQueryData(journeyKeys.detail(id), journey);
      void queryClient.invalidateQueries({ queryKey: journeyKeys.versions(id) });
      return queryClient.invalidateQueries({ queryKey: journeyKeys.lists() });
    },
  });
}
