import type { CampaignResults } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { queuedOf } from '../model/results';
import { pollInterval } from '../model/status';
import { campaignKeys, campaignPath } from './keys';

/** GET /api/v1/campaigns/:id/results: per variant, with significance against A, and the holdout's lift. */
export const useCampaignResults = (id: string, enabled = true) =>
  useQuery({
    queryKey: campaignKeys.results(id),
    queryFn: ({ signal }) => api<CampaignResults>(`${campaignPath(id)}/results`, { signal }),
    enabled,
    refetchInterval: (query) => pollInterval(query.state.data?.status, queuedOf(query.state.data)),
  });
