import type { MessageChannel, MessageTemplate, Page } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { campaignKeys } from './keys';

/** GET /api/v1/message-templates?channel=: the templates a variant may send (the newest 200). */
export const useChannelTemplates = (channel: MessageChannel) =>
  useQuery({
    queryKey: campaignKeys.templates(channel),
    queryFn: ({ signal }) => api<Page<MessageTemplate>>('/api/v1/message-templates', { query: { channel, limit: 200 }, signal }),
    select: (r) => r.data,
    staleTime: 30_000,
  });
