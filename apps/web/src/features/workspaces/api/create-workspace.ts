import type { CreateWorkspaceInput, Workspace } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { meQuery } from '../../auth';

/** POST /api/v1/workspaces: the new workspace becomes the active one. */
export function useCreateWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateWorkspaceInput) => api<Workspace>('/api/v1/workspaces', { method: 'POST', body: input }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
      await queryClient.resetQueries({ predicate: (q) => q.queryKey[0] !== meQuery.queryKey[0] });
    },
  });
}
