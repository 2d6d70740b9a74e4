import type { Contact, ContactMerge, MergeContactsInput } from '@rapport/contracts';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { auditKeys } from '../../audit';
import { timelineKeys } from '../../timeline';

export interface MergeResult {
  merge: ContactMerge;
  contact: Contact;
}

/** After a merge or its undo, both contacts, every contact list, the pairs, timelines and audit change. */
export function refreshAfterMerge(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: auditKeys.all });
  void queryClient.invalidateQueries({ queryKey: timelineKeys.all });
  return queryClient.invalidateQueries({ queryKey: ['contacts'] });
}

/** POST /api/v1/contacts/merge */
export function useMergeContacts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MergeContactsInput) => api<MergeResult>('/api/v1/contacts/merge', { method: 'POST', body: input }),
    onSuccess: () => refreshAfterMerge(queryClient),
  });
}
