import type { Campaign } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { campaignKeys, campaignPath } from './keys';

/** POST /api/v1/campaigns/:id/schedule: the draft launches at its time, its templates frozen at their current versions. */
export function useScheduleCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<Campaign>(`${campaignPath(id)}/schedule`, { method: 'POST' }),
    meta: { skipErrorNotification: true },
    onSuccess: (campaign) => {
      queryClient.setQueryData(campaignKeys.detail(campaign.id), campaign);
      return queryClient.invalidateQueries({ queryKey: campaignKeys.lists() });
    },
  });
}
