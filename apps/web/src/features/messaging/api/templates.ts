import type { MessageChannel, MessageTemplate } from '@rapport/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQueryOptions } from '../../../lib/pagination';
import { messagingKeys, templatesPath } from './keys';

/** GET /api/v1/message-templates, newest first, optionally of one channel. */
export const useTemplates = (channel: MessageChannel | undefined) =>
  useInfiniteQuery({
    ...pagedQueryOptions<MessageTemplate>(messagingKeys.templateList(channel), templatesPath, { channel }),
    placeholderData: (previous) => previous,
  });
