import type { SavedView } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ViewEntity } from './entity';

export const viewKeys = {
  all: ['views'] as const,
  list: (entity: ViewEntity) => [...viewKeys.all, entity] as const,
};

/** GET /api/v1/views?entity=: the caller's private views and every shared one. */
export const useSavedViews = (entity: ViewEntity) =>
  useQuery({
    queryKey: viewKeys.list(entity),
    queryFn: ({ signal }) => api<{ data: SavedView[] }>('/api/v1/views', { query: { entity }, signal }),
    select: (r) => r.data,
  });
