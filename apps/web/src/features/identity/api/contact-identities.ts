import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { identityKeys } from './identity-rules';

/** One of a contact's identities besides email, phone and user id (contracts: contactIdentitySchema). */
export interface ContactIdentity {
  kind: string;
  value: string;
  createdAt: string;
}

/** GET /api/v1/contacts/:id/identities */
export const useContactIdentities = (contactId: string) =>
  useQuery({
    queryKey: identityKeys.contact(contactId),
    queryFn: ({ signal }) => api<{ data: ContactIdentity[] }>(`/api/v1/contacts/${encodeURIComponent(contactId)}/identities`, { signal }),
    select: (r) => r.data,
  });
