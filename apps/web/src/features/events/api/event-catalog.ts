import type { EventCatalogEntry } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const eventKeys = {
  all: ['events'] as const,
  catalog: () => [...eventKeys.all, 'catalog'] as const,
  list: () => [...eventKeys.all, 'list'] as const,
};

/** GET /api/v1/events/catalog: names seen, most frequent first, with their property keys. */
export const useEventCatalog = () =>
  useQuery({
    queryKey: eventKeys.catalog(),
    queryFn: ({ signal }) => api<{ data: EventCatalogEntry[] }>('/api/v1/events/catalog', { signal }),
    select: (r) => r.data,
  });
