import type { Page } from '@rapport/contracts';
import { infiniteQueryOptions, type InfiniteData, type QueryKey } from '@tanstack/react-query';
import { api } from './api';

type Params = Record<string, string | number | undefined>;

/**
 * Options for a keyset-paginated list: each page asks for `?cursor=` from the previous
 * page's `nextCursor`, and the list ends when it is null.
 */
export function pagedQueryOptions<T>(queryKey: QueryKey, path: string, params: Params = {}, limit = 50) {
  return infiniteQueryOptions({
    queryKey: [...queryKey, params],
    queryFn: ({ pageParam, signal }) => api<Page<T>>(path, { query: { ...params, limit, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: Page<T>) => last.nextCursor ?? undefined,
  });
}

/** All loaded rows of a paginated list, in order. */
export function flattenPages<T>(data: InfiniteData<Page<T>> | undefined): T[] {
  return data?.pages.flatMap((p) => p.data) ?? [];
}
