import type { ModelSettings, NasldReport, RecomputeResult, RfmReport } from '@rapport/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const modelKeys = {
  all: ['models'] as const,
  rfm: () => [...modelKeys.all, 'rfm'] as const,
  nasld: () => [...modelKeys.all, 'nasld'] as const,
  settings: () => [...modelKeys.all, 'settings'] as const,
};

/** GET /api/v1/models/rfm: the R × F grid and the groups, as of the last run. */
export const useRfmReport = () =>
  useQuery({ queryKey: modelKeys.rfm(), queryFn: ({ signal }) => api<RfmReport>('/api/v1/models/rfm', { signal }) });

/** GET /api/v1/models/nasld: states, their daily history and the last 30 days' transitions. */
export const useNasldReport = () =>
  useQuery({ queryKey: modelKeys.nasld(), queryFn: ({ signal }) => api<NasldReport>('/api/v1/models/nasld', { signal }) });

/** GET /api/v1/models/settings */
export const useModelSettings = () =>
  useQuery({ queryKey: modelKeys.settings(), queryFn: ({ signal }) => api<ModelSettings>('/api/v1/models/settings', { signal }) });

/**
 * PATCH /api/v1/models/settings with one part at a time, so saving one card never sends another
 * card's unsaved edits. Errors are shown on the form by path, not in a notification.
 */
export function useUpdateModelSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<ModelSettings>) => api<ModelSettings>('/api/v1/models/settings', { method: 'PATCH', body: patch }),
    meta: { skipErrorNotification: true },
    onSuccess: (data) => queryClient.setQueryData(modelKeys.settings(), data),
  });
}

/** POST /api/v1/models/recompute: models, lifecycle stages and every segment, now. */
export function useRecomputeModels() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<RecomputeResult>('/api/v1/models/recompute', { method: 'POST' }),
    onSuccess: () => {
      // Segment sizes and contacts' stages moved too.
      void queryClient.invalidateQueries({ queryKey: ['segments'] });
      void queryClient.invalidateQueries({ queryKey: ['contacts'] });
      return queryClient.invalidateQueries({ queryKey: modelKeys.all });
    },
  });
}
