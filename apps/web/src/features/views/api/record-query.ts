import type { Page } from '@rapport/contracts';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { resourceOf, type RecordQueryInput, type ViewEntity } from './entity';

/** POST /api/v1/<resource>/query: one keyset-paginated list of records matching a search, filter and sort. */
export function recordQueryOptions<T>(entity: ViewEntity, queryKey: QueryKey, input: RecordQueryInput, limit: number) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam, signal }) =>
      api<Page<T>>(`/api/v1/${resourceOf(entity)}/query`, {
        method: 'POST',
        body: { ...input, limit, ...(pageParam ? { cursor: pageParam } : {}) },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: Page<T>) => last.nextCursor ?? undefined,
  });
}

export function useRecordQuery<T>(entity: ViewEntity, queryKey: QueryKey, input: RecordQueryInput, options: { limit?: number; enabled?: boolean } = {}) {
  const { limit = 50, enabled = true } = options;
  return useInfiniteQuery({
    ...recordQueryOptions<T>(entity, queryKey, input, limit),
    enabled,
    // Keep the rows on screen while a changed filter loads, instead of flashing a skeleton.
    placeholderData: keepPreviousData,
  });
}
