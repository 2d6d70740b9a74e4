import type { AudienceEstimateInput, MessageChannel, MessageSend } from '@rapport/contracts';
import type { CampaignStatus } from '../model/status';

export const campaignKeys = {
  all: ['campaigns'] as const,
  lists: () => [...campaignKeys.all, 'list'] as const,
  list: (status: CampaignStatus | undefined) => [...campaignKeys.lists(), status ?? 'all'] as const,
  detail: (id: string) => [...campaignKeys.all, 'detail', id] as const,
  results: (id: string) => [...campaignKeys.all, 'results', id] as const,
  messages: (id: string, status: MessageSend['status'] | undefined) => [...campaignKeys.all, 'messages', id, status ?? 'all'] as const,
  templates: (channel: MessageChannel) => [...campaignKeys.all, 'templates', channel] as const,
  audienceEstimate: (input: AudienceEstimateInput | null) => [...campaignKeys.all, 'audience-estimate', input] as const,
};

export const campaignsPath = '/api/v1/campaigns';
export const campaignPath = (id: string) => `${campaignsPath}/${encodeURIComponent(id)}`;
