import type { Segment, SegmentPatch } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { contactKeys } from '../../contacts';
import { segmentKeys, segmentPath } from './segments';

/** PATCH /api/v1/segments/:id; a new definition is evaluated at once, so members change too. */
export function useUpdateSegment(id: string, opts: { showErrorsInline?: boolean } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: SegmentPatch) => api<Segment>(segmentPath(id), { method: 'PATCH', body: patch }),
    meta: { skipErrorNotification: opts.showErrorsInline ?? false },
    onSuccess: (segment) => {
      queryClient.setQueryData(segmentKeys.detail(id), segment);
      void queryClient.invalidateQueries({ queryKey: segmentKeys.members(id) });
      void queryClient.invalidateQueries({ queryKey: segmentKeys.history(id) });
      void queryClient.invalidateQueries({ queryKey: segmentKeys.catalog() });
      // Members' auto tags follow the definition and the tag.
      void queryClient.invalidateQueries({ queryKey: contactKeys.all });
      return queryClient.invalidateQueries({ queryKey: segmentKeys.list() });
    },
  });
}
