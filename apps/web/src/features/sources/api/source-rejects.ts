import type { SourceReject } from '@rapport/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { sourceKeys } from './sources';

const pageSize = 50;

/**
 * GET /api/v1/sources/:id/rejects, newest first. The endpoint pages by `before` (the last id seen)
 * and has no cursor, so a short page is the last one.
 */
export const useSourceRejects = (sourceId: string) =>
  useInfiniteQuery({
    queryKey: sourceKeys.rejects(sourceId),
    queryFn: ({ pageParam, signal }) =>
      api<{ data: SourceReject[] }>(`/api/v1/sources/${encodeURIComponent(sourceId)}/rejects`, { query: { limit: pageSize, before: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.data.length === pageSize ? last.data[last.data.length - 1]?.id : undefined),
  });
