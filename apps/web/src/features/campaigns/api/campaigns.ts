import type { Campaign } from '@rapport/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQueryOptions } from '../../../lib/pagination';
import type { CampaignStatus } from '../model/status';
import { campaignKeys, campaignsPath } from './keys';

/** GET /api/v1/campaigns, newest first, optionally of one status; re-read while any is on its way out. */
export const useCampaigns = (status: CampaignStatus | undefined) =>
  useInfiniteQuery({
    ...pagedQueryOptions<Campaign>(campaignKeys.list(status), campaignsPath, { status }),
    placeholderData: (previous) => previous,
    refetchInterval: (query) =>
      query.state.data?.pages.some((p) => p.data.some((c) => c.status === 'launching' || c.status === 'testing' || c.status === 'scheduled')) ? 5_000 : false,
  });
