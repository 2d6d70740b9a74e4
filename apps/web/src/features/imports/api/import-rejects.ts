import type { ImportReject } from '@rapport/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQueryOptions } from '../../../lib/pagination';
import { importKeys, importPath } from './imports';

/**
 * GET /api/v1/imports/:id/rejects, in row order. `run` (the run's finish time) is part of the key,
 * so a new run of the same import reads its own rejects.
 */
export const useImportRejects = (id: string, run: string | null, options: { enabled?: boolean; limit?: number } = {}) =>
  useInfiniteQuery({
    ...pagedQueryOptions<ImportReject>([...importKeys.rejects(id), run], `${importPath(id)}/rejects`, {}, options.limit ?? 20),
    enabled: options.enabled ?? true,
  });

/** GET /api/v1/imports/:id/rejects.csv: a plain link, the browser downloads it. */
export const rejectsCsvUrl = (id: string) => `${importPath(id)}/rejects.csv`;
