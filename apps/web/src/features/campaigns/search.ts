import { isCampaignStatus, type CampaignStatus } from './model/status';

export interface CampaignsSearch {
  status?: CampaignStatus | undefined;
}

/** /campaigns?status=testing: the list's status filter, so a link keeps it. */
export const validateCampaignsSearch = (search: Record<string, unknown>): CampaignsSearch => (isCampaignStatus(search.status) ? { status: search.status } : {});
