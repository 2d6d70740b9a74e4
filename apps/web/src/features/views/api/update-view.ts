import type { SavedView, UpdateSavedViewInput } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { viewKeys } from './views';

/** PATCH /api/v1/views/:id */
export function useUpdateView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateSavedViewInput }) =>
      api<SavedView>(`/api/v1/views/${encodeURIComponent(id)}`, { method: 'PATCH', body: input }),
    onSuccess: (view) => {
      queryClient.setQueryData<{ data: SavedView[] }>(viewKeys.list(view.entity), (old) =>
        old ? { data: old.data.map((v) => (v.id === view.id ? view : v)) } : old,
      );
      return queryClient.invalidateQueries({ queryKey: viewKeys.all });
    },
  });
}
