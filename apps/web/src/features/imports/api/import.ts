import type { Import } from '@rapport/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { isImportActive } from '../import-status';
import { importKeys, importPath } from './imports';

/** How often a queued or running import is polled for progress. */
export const pollMs = 700;

/**
 * GET /api/v1/imports/:id, polled while the import is queued or running. When a real import
 * finishes, the lists it wrote to are refreshed.
 */
export function useImport(id: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: importKeys.detail(id),
    queryFn: async ({ signal }) => {
      const before = queryClient.getQueryData<Import>(importKeys.detail(id));
      const imp = await api<Import>(importPath(id), { signal });
      if (before && isImportActive(before.status) && !isImportActive(imp.status)) {
        void queryClient.invalidateQueries({ queryKey: importKeys.lists() });
        // The same first key as the contacts and companies features use for everything they cache.
        if (!imp.isDryRun) void queryClient.invalidateQueries({ queryKey: [imp.entity] });
      }
      return imp;
    },
    refetchInterval: (query) => (query.state.data && isImportActive(query.state.data.status) ? pollMs : false),
  });
}
