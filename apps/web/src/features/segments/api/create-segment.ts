import type { Segment, SegmentInput } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { segmentKeys } from './segments';

/** POST /api/v1/segments: a dynamic segment (its members computed before the answer) or a static list. */
export function useCreateSegment(opts: { showErrorsInline?: boolean } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SegmentInput) => api<Segment>('/api/v1/segments', { method: 'POST', body: input }),
    // A rejected definition is shown at its conditions, not in a notification.
    meta: { skipErrorNotification: opts.showErrorsInline ?? false },
    onSuccess: (segment) => {
      queryClient.setQueryData(segmentKeys.detail(segment.id), segment);
      void queryClient.invalidateQueries({ queryKey: segmentKeys.catalog() });
      return queryClient.invalidateQueries({ queryKey: segmentKeys.list() });
    },
  });
}
