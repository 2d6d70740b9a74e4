import type { BulkActionInput, BulkOperation } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { auditKeys } from '../../audit';
import { resourceOf, type ViewEntity } from './entity';

/** POST /api/v1/<resource>/bulk-actions: tag, untag, set owner or stage, or delete chosen or matching records. */
export function useBulkAction(entity: ViewEntity) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BulkActionInput) =>
      api<BulkOperation>(`/api/v1/${resourceOf(entity)}/bulk-actions`, { method: 'POST', body: input }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: auditKeys.all });
      return queryClient.invalidateQueries({ queryKey: [resourceOf(entity)] });
    },
  });
}
