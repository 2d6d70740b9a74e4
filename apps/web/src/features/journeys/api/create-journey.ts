import type { Journey, JourneyDefinition } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { journeyKeys, journeysPath } from './keys';

export interface JourneyInput {
  name: string;
  description: string | null;
  definition: JourneyDefinition;
}

/** POST /api/v1/journeys: a new draft. A refusal lists its problems by path, which the canvas shows at their steps. */
export function useCreateJourney() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: JourneyInput) => api<Journey>(journeysPath, { method: 'POST', body: input }),
    meta: { skipErrorNotification: true },
    onSuccess: (journey) => {
      queryClient.setQueryData(journeyKeys.detail(journey.id), journey);
      return queryClient.invalidateQueries({ queryKey: journeyKeys.lists() });
    },
  });
}
