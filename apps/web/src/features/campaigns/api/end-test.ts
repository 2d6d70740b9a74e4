import type { Campaign, EndTestInput } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { campaignKeys, campaignPath } from './keys';

/** POST /api/v1/campaigns/:id/end-test: the test stops now; the variant named, or else the best so far, goes to the rest. */
export function useEndTest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EndTestInput) => api<Campaign>(`${campaignPath(id)}/end-test`, { method: 'POST', body: input }),
    onSuccess: (campaign) => {
      queryClient.setQueryData(campaignKeys.detail(id), campaign);
      // The winner's messages to the rest are queued now: the results and the message list change.
      void queryClient.invalidateQueries({ queryKey: campaignKeys.results(id) });
      void queryClient.invalidateQueries({ queryKey: [...campaignKeys.all, 'messages', id] });
      return queryClient.invalidateQueries({ queryKey: campaignKeys.lists() });
    },
  });
}
