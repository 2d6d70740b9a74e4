import type { ContactTraits } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { commerceKeys } from './keys';

/** GET /api/v1/contacts/:id/traits: computed from the contact's events and orders. */
export const useContactTraits = (contactId: string) =>
  useQuery({
    queryKey: commerceKeys.traits(contactId),
    queryFn: ({ signal }) => api<ContactTraits>(`/api/v1/contacts/${encodeURIComponent(contactId)}/traits`, { signal }),
  });
