import type { MessageSend } from '@rapport/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQueryOptions } from '../../../lib/pagination';
import { campaignKeys } from './keys';

/** GET /api/v1/messages?sourceKind=campaign&sourceId=: the campaign's messages, newest first, with why each was skipped or failed. */
export const useCampaignMessages = (id: string, status: MessageSend['status'] | undefined, live: boolean) =>
  useInfiniteQuery({
    ...pagedQueryOptions<MessageSend>(campaignKeys.messages(id, status), '/api/v1/messages', { sourceKind: 'campaign', sourceId: id, status }),
    placeholderData: (previous) => previous,
    refetchInterval: live ? 5_000 : false,
  });
