import type { Campaign } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { campaignKeys, campaignPath } from './keys';

/** POST /api/v1/campaigns/:id/cancel: nothing more goes out; messages not yet sent are skipped. */
export function useCancelCampaign(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<Campaign>(`${campaignPath(id)}/cancel`, { method: 'POST' }),
    onSuccess: (campaign) => {
      queryClient.setQueryData(campaignKeys.detail(id), campaign);
      void queryClient.invalidateQueries({ queryKey: campaignKeys.results(id) });
      void queryClient.invalidateQueries({ queryKey: [...campaignKeys.all, 'messages', id] });
      return queryClient.invalidateQueries({ queryKey: campaignKeys.lists() });
    },
  });
}
