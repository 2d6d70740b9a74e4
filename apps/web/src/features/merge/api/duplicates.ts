import type { DuplicatePair } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

// Under the contacts' own first key, so any change to contacts refreshes the pairs too.
export const duplicateKeys = { list: (limit: number) => ['contacts', 'duplicates', limit] as const };

/** GET /api/v1/contacts/duplicates: likely duplicate pairs, those with most reasons first. */
export const useDuplicates = (limit = 50) =>
  useQuery({
    queryKey: duplicateKeys.list(limit),
    queryFn: ({ signal }) => api<{ data: DuplicatePair[] }>('/api/v1/contacts/duplicates', { query: { limit }, signal }),
    select: (r) => r.data,
  });
