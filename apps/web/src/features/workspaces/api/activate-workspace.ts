import type { Me } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { switchWorkspaceData } from './reset-workspace-data';

/** POST /api/v1/workspaces/:id/activate */
export function useActivateWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<Me>(`/api/v1/workspaces/${encodeURIComponent(id)}/activate`, { method: 'POST' }),
    onSuccess: (me) => switchWorkspaceData(queryClient, me),
  });
}
