import type { MessageChannel, MessageTemplate, Page } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { journeyKeys } from './keys';

/** GET /api/v1/message-templates?channel=: the templates a send or webhook step may use (the first 200). */
export const useMessageTemplates = (channel?: MessageChannel) =>
  useQuery({
    queryKey: journeyKeys.templates(channel),
    queryFn: ({ signal }) => api<Page<MessageTemplate>>('/api/v1/message-templates', { query: { channel, limit: 200 }, signal }),
    select: (r) => r.data,
    staleTime: 30_000,
  });
