import type { Import } from '@rapport/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQueryOptions } from '../../../lib/pagination';

export const importKeys = {
  all: ['imports'] as const,
  lists: () => [...importKeys.all, 'list'] as const,
  detail: (id: string) => [...importKeys.all, 'detail', id] as const,
  preview: (id: string) => [...importKeys.all, 'preview', id] as const,
  rejects: (id: string) => [...importKeys.all, 'rejects', id] as const,
};

export const importPath = (id: string) => `/api/v1/imports/${encodeURIComponent(id)}`;

/** GET /api/v1/imports, newest first, keyset-paginated. */
export const useImports = () => useInfiniteQuery(pagedQueryOptions<Import>(importKeys.lists(), '/api/v1/imports', {}, 25));
