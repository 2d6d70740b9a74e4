import type { SavedView, SavedViewInput } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { viewKeys } from './views';

/** POST /api/v1/views */
export function useCreateView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SavedViewInput) => api<SavedView>('/api/v1/views', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: viewKeys.all }),
  });
}
