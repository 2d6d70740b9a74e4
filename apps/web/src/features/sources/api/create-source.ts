import type { CreateSourceInput, Source } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { sourceKeys } from './sources';

/** POST /api/v1/sources */
export function useCreateSource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSourceInput) => api<Source>('/api/v1/sources', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sourceKeys.list() }),
  });
}
