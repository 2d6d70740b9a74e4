import type { Import } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { importKeys, importPath } from './imports';

/** POST /api/v1/imports/:id/cancel: stops the import; rows already committed stay. */
export function useCancelImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<Import>(`${importPath(id)}/cancel`, { method: 'POST' }),
    onSuccess: (imp) => {
      queryClient.setQueryData(importKeys.detail(id), imp);
      void queryClient.invalidateQueries({ queryKey: importKeys.rejects(id) });
      return queryClient.invalidateQueries({ queryKey: importKeys.lists() });
    },
  });
}
