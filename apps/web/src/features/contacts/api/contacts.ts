import type { Contact } from '@rapport/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQueryOptions } from '../../../lib/pagination';

export const contactKeys = {
  all: ['contacts'] as const,
  lists: () => [...contactKeys.all, 'list'] as const,
  detail: (id: string) => [...contactKeys.all, 'detail', id] as const,
};

export interface ContactFilter {
  q?: string;
  tag?: string;
}

/** GET /api/v1/contacts with search and tag filter, keyset-paginated. */
export function useContacts(filter: ContactFilter, options: { limit?: number; enabled?: boolean } = {}) {
  const { limit = 50, enabled = true } = options;
  return useInfiniteQuery({
    ...pagedQueryOptions<Contact>(contactKeys.lists(), '/api/v1/contacts', { q: filter.q, tag: filter.tag }, limit),
    enabled,
    placeholderData: (previous) => previous,
  });
}
