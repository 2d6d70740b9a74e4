import type { Contact, UpdateContactInput } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { auditKeys } from '../../audit';
import { timelineKeys } from '../../timeline';
import { contactKeys } from './contacts';

/** PATCH /api/v1/contacts/:id */
export function useUpdateContact(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateContactInput) =>
      api<Contact>(`/api/v1/contacts/${encodeURIComponent(id)}`, { method: 'PATCH', body: input }),
    onSuccess: (contact) => {
      queryClient.setQueryData(contactKeys.detail(id), contact);
      void queryClient.invalidateQueries({ queryKey: auditKeys.all });
      void queryClient.invalidateQueries({ queryKey: timelineKeys.record('contact', id) });
      return queryClient.invalidateQueries({ queryKey: contactKeys.lists() });
    },
  });
}
