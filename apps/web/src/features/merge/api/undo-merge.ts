import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { refreshAfterMerge, type MergeResult } from './merge-contacts';

/** POST /api/v1/contact-merges/:id/undo */
export function useUndoMerge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mergeId: string) => api<MergeResult>(`/api/v1/contact-merges/${encodeURIComponent(mergeId)}/undo`, { method: 'POST' }),
    onSuccess: () => refreshAfterMerge(queryClient),
  });
}
