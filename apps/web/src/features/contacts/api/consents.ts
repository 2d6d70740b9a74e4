import type { ConsentEvent, ConsentState, SetConsentInput } from '@rapport/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { auditKeys } from '../../audit';
import { timelineKeys } from '../../timeline';

const consentKeys = { contact: (id: string) => ['contacts', 'consents', id] as const };

/** GET /api/v1/contacts/:id/consents */
export const useConsents = (contactId: string) =>
  useQuery({
    queryKey: consentKeys.contact(contactId),
    queryFn: ({ signal }) => api<{ data: ConsentState[] }>(`/api/v1/contacts/${encodeURIComponent(contactId)}/consents`, { signal }),
    select: (r) => r.data,
  });

/** POST /api/v1/contacts/:id/consents */
export function useSetConsent(contactId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetConsentInput) =>
      api<ConsentEvent>(`/api/v1/contacts/${encodeURIComponent(contactId)}/consents`, { method: 'POST', body: input }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: auditKeys.all });
      void queryClient.invalidateQueries({ queryKey: timelineKeys.record('contact', contactId) });
      return queryClient.invalidateQueries({ queryKey: consentKeys.contact(contactId) });
    },
  });
}
