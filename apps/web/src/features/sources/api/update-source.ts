import type { Source, UpdateSourceInput } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { sourceKeys } from './sources';

/** PATCH /api/v1/sources/:id */
export function useUpdateSource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateSourceInput & { id: string }) =>
      api<Source>(`/api/v1/sources/${encodeURIComponent(id)}`, { method: 'PATCH', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sourceKeys.list() }),
  });
}
