import type { Contact } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { contactKeys } from './contacts';

/** GET /api/v1/contacts/:id */
export const useContact = (id: string) =>
  useQuery({
    queryKey: contactKeys.detail(id),
    queryFn: ({ signal }) => api<Contact>(`/api/v1/contacts/${encodeURIComponent(id)}`, { signal }),
  });
