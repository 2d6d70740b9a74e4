import type { AudienceEstimate, AudienceEstimateInput } from '@rapport/contracts';
import { skipToken, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { campaignKeys, campaignsPath } from './keys';

/**
 * POST /api/v1/campaigns/audience-estimate: the contacts an audience reaches today, and those
 * subscribed on the channel. A POST that changes nothing, so it is read as a query keyed on its body;
 * null (no segment included yet) asks nothing.
 */
export const useAudienceEstimate = (input: AudienceEstimateInput | null) =>
  useQuery({
    queryKey: campaignKeys.audienceEstimate(input),
    queryFn: input ? ({ signal }) => api<AudienceEstimate>(`${campaignsPath}/audience-estimate`, { method: 'POST', body: input, signal }) : skipToken,
  });
