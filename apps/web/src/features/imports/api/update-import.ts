import type { Import, ImportOptions } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { importKeys, importPath } from './imports';

/** PATCH /api/v1/imports/:id: mapping, duplicate rule, encoding and tags. The caller shows errors. */
export function useUpdateImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportOptions) => api<Import>(importPath(id), { method: 'PATCH', body: input }),
    meta: { skipErrorNotification: true },
    onSuccess: (imp, input) => {
      queryClient.setQueryData(importKeys.detail(id), imp);
      void queryClient.invalidateQueries({ queryKey: importKeys.lists() });
      // Another encoding reads other text from the same bytes.
      if (input.encoding) return queryClient.invalidateQueries({ queryKey: importKeys.preview(id) });
    },
  });
}
