import type { Segment } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { segmentKeys, segmentPath } from './segments';

/** POST /api/v1/segments/:id/snapshot: a static list of the members as they are now. */
export function useSnapshotSegment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api<Segment>(`${segmentPath(id)}/snapshot`, { method: 'POST', body: { name } }),
    onSuccess: (list) => {
      queryClient.setQueryData(segmentKeys.detail(list.id), list);
      void queryClient.invalidateQueries({ queryKey: segmentKeys.catalog() });
      return queryClient.invalidateQueries({ queryKey: segmentKeys.list() });
    },
  });
}
