import type { Segment } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const segmentKeys = {
  all: ['segments'] as const,
  list: () => [...segmentKeys.all, 'list'] as const,
  detail: (id: string) => [...segmentKeys.all, 'detail', id] as const,
  catalog: () => [...segmentKeys.all, 'catalog'] as const,
  preview: () => [...segmentKeys.all, 'preview'] as const,
  members: (id: string) => [...segmentKeys.all, 'members', id] as const,
  history: (id: string) => [...segmentKeys.all, 'history', id] as const,
};

/**
 * How often an open segment re-reads its size and members. Membership changes as events and
 * orders arrive, so the page follows it rather than waiting for a reload; TanStack Query pauses
 * the polling while the tab is hidden.
 */
export const livePollMs = 5_000;

export const segmentPath = (id: string) => `/api/v1/segments/${encodeURIComponent(id)}`;

/** GET /api/v1/segments: segments and static lists, with size and a 30-day trend. */
export const useSegments = () =>
  useQuery({
    queryKey: segmentKeys.list(),
    queryFn: ({ signal }) => api<{ data: Segment[] }>('/api/v1/segments', { signal }),
    select: (r) => r.data,
    refetchInterval: livePollMs * 6,
  });

/** GET /api/v1/segments/:id, re-read every few seconds while the page is visible. */
export const useSegment = (id: string) =>
  useQuery({
    queryKey: segmentKeys.detail(id),
    queryFn: ({ signal }) => api<Segment>(segmentPath(id), { signal }),
    refetchInterval: livePollMs,
  });
