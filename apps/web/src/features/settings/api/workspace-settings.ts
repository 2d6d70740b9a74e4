import type { UpdateWorkspaceSettingsInput, WorkspaceSettings } from '@rapport/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const workspaceSettingsKeys = { all: ['workspace-settings'] as const };

/** GET /api/v1/workspace/settings */
export const useWorkspaceSettings = () =>
  useQuery({ queryKey: workspaceSettingsKeys.all, queryFn: () => api<WorkspaceSettings>('/api/v1/workspace/settings') });

/** PATCH /api/v1/workspace/settings */
export function useUpdateWorkspaceSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateWorkspaceSettingsInput) => api<WorkspaceSettings>('/api/v1/workspace/settings', { method: 'PATCH', body: input }),
    onSuccess: (data) => queryClient.setQueryData(workspaceSettingsKeys.all, data),
  });
}
