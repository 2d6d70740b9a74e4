import type { Source } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const sourceKeys = {
  all: ['sources'] as const,
  list: () => [...sourceKeys.all, 'list'] as const,
  rejects: (id: string) => [...sourceKeys.all, 'rejects', id] as const,
};

/** GET /api/v1/sources */
export const useSources = () =>
  useQuery({
    queryKey: sourceKeys.list(),
    queryFn: ({ signal }) => api<{ data: Source[] }>('/api/v1/sources', { signal }),
    select: (r) => r.data,
  });
