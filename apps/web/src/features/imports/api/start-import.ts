import type { Import } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { importKeys, importPath } from './imports';

/** POST /api/v1/imports/:id/start: the import itself, or a dry run that writes nothing. */
export function useStartImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { dryRun: boolean }) => api<Import>(`${importPath(id)}/start`, { method: 'POST', body: input }),
    onSuccess: (imp) => {
      // Seeding the queued import starts the polling.
      queryClient.setQueryData(importKeys.detail(id), imp);
      void queryClient.removeQueries({ queryKey: importKeys.rejects(id) });
      return queryClient.invalidateQueries({ queryKey: importKeys.lists() });
    },
  });
}
