import type { BulkOperation } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { auditKeys } from '../../audit';
import { resourceOf, type ViewEntity } from './entity';

/** POST /api/v1/bulk-operations/:id/undo */
export function useUndoBulkOperation(entity: ViewEntity) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<BulkOperation>(`/api/v1/bulk-operations/${encodeURIComponent(id)}/undo`, { method: 'POST' }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: auditKeys.all });
      return queryClient.invalidateQueries({ queryKey: [resourceOf(entity)] });
    },
  });
}
