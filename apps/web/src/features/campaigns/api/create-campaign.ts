import type { Campaign, CampaignInput } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { campaignKeys, campaignsPath } from './keys';

/** POST /api/v1/campaigns: a draft. A refusal lists its problems by path, which the editor shows at their fields. */
export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CampaignInput) => api<Campaign>(campaignsPath, { method: 'POST', body: input }),
    meta: { skipErrorNotification: true },
    onSuccess: (campaign) => {
      queryClient.setQueryData(campaignKeys.detail(campaign.id), campaign);
      return queryClient.invalidateQueries({ queryKey: campaignKeys.lists() });
    },
  });
}
