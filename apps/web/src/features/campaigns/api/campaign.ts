import type { Campaign } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { pollInterval } from '../model/status';
import { campaignKeys, campaignPath } from './keys';

/** GET /api/v1/campaigns/:id, re-read every few seconds while it is scheduled, launching or testing. */
export const useCampaign = (id: string) =>
  useQuery({
    queryKey: campaignKeys.detail(id),
    queryFn: ({ signal }) => api<Campaign>(campaignPath(id), { signal }),
    refetchInterval: (query) => pollInterval(query.state.data?.status),
  });
