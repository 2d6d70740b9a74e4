import type { JourneyRecipe } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { journeyKeys } from './keys';

/** GET /api/v1/journey-recipes: the ready-made journeys. */
export const useJourneyRecipes = (enabled = true) =>
  useQuery({
    queryKey: journeyKeys.recipes(),
    queryFn: ({ signal }) => api<JourneyRecipe[]>('/api/v1/journey-recipes', { signal }),
    enabled,
    staleTime: Infinity,
  });
