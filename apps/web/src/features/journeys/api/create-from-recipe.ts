import type { Journey, JourneyRecipeInput } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { journeyKeys } from './keys';

/** POST /api/v1/journey-recipes/:key: a draft journey, and the templates it sends, made from a recipe. */
export function useCreateFromRecipe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, input }: { key: string; input: JourneyRecipeInput }) => api<Journey>(`/api/v1/journey-recipes/${encodeURIComponent(key)}`, { method: 'POST', body: input }),
    onSuccess: (journey) => {
      queryClient.setQueryData(journeyKeys.detail(journey.id), journey);
      return queryClient.invalidateQueries({ queryKey: journeyKeys.lists() });
    },
  });
}
