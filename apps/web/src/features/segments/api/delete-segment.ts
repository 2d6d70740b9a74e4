import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { segmentKeys, segmentPath } from './segments';

/** DELETE /api/v1/segments/:id; a 409 names the segments whose definitions still use it. */
export function useDeleteSegment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>(segmentPath(id), { method: 'DELETE' }),
    // The settings tab shows why a delete was refused.
    meta: { skipErrorNotification: true },
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: segmentKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: segmentKeys.catalog() });
      return queryClient.invalidateQueries({ queryKey: segmentKeys.list() });
    },
  });
}
