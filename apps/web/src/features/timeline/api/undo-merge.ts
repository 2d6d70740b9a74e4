import type { Contact, ContactMerge } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

/** POST /api/v1/contact-merges/:id/undo */
export function useUndoMerge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mergeId: string) =>
      api<{ merge: ContactMerge; contact: Contact }>(`/api/v1/contact-merges/${encodeURIComponent(mergeId)}/undo`, { method: 'POST' }),
    // Undoing a merge restores a contact and changes the survivor: lists, records and timelines all move.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
