import { campaignStatuses, type Campaign } from '@rapport/contracts';

export type CampaignStatus = Campaign['status'];
export { campaignStatuses };

export const isCampaignStatus = (v: unknown): v is CampaignStatus => typeof v === 'string' && (campaignStatuses as readonly string[]).includes(v);

export const statusColor: Record<CampaignStatus, string> = {
  draft: 'gray',
  scheduled: 'blue',
  launching: 'orange',
  testing: 'grape',
  sent: 'teal',
  cancelled: 'red',
};

/** A campaign on its way out: its page follows it. */
export const isRunning = (status: CampaignStatus) => status === 'scheduled' || status === 'launching' || status === 'testing';

/**
 * Whether Cancel applies: anything launched or waiting to, and a sent campaign whose messages
 * still wait for their local hour (`queued` from the results).
 */
export const canCancel = (status: CampaignStatus, queued = 0) => isRunning(status) || (status === 'sent' && queued > 0);

/** Whether its A/B test can be ended before the wait is over: still testing, with no winner picked. */
export const canEndTest = (c: Pick<Campaign, 'status' | 'abTest' | 'winner'>) => c.status === 'testing' && c.abTest !== null && c.winner === null;

/** How often an open campaign re-reads itself and its results, or false to stop. */
export const pollInterval = (status: CampaignStatus | undefined, queued = 0): number | false =>
  status === 'launching' || status === 'testing' ? 3_000 : status === 'scheduled' || (status === 'sent' && queued > 0) ? 5_000 : false;
