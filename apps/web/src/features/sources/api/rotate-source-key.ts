import type { Source } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { sourceKeys } from './sources';

/** POST /api/v1/sources/:id/rotate-key: the old key stops working at once. */
export function useRotateSourceKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<Source>(`/api/v1/sources/${encodeURIComponent(id)}/rotate-key`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sourceKeys.list() }),
  });
}
