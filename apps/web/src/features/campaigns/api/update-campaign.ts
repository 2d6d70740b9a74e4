import type { Campaign, CampaignInput } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { campaignKeys, campaignPath } from './keys';

/** PUT /api/v1/campaigns/:id: the whole draft again (a campaign past draft is refused with 409). */
export function useUpdateCampaign(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CampaignInput) => api<Campaign>(campaignPath(id), { method: 'PUT', body: input }),
    meta: { skipErrorNotification: true },
    onSuccess: (campaign) => {
      queryClient.setQueryData(campaignKeys.detail(id), campaign);
      return queryClient.invalidateQueries({ queryKey: campaignKeys.lists() });
    },
  });
}
