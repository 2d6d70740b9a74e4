import type { MessageContent, RenderedMessage } from '@rapport/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { messagingKeys, templatesPath } from './keys';

export interface ContentPreviewInput {
  contactId: string;
  content: MessageContent;
}

/**
 * POST /api/v1/message-templates/preview: unsaved content, checked as a save would check it, then
 * rendered for one contact. A read despite the POST, so a query: the last rendering stays on
 * screen while the next one runs, and unchanged content is not asked for twice.
 */
export const useContentPreview = (input: ContentPreviewInput | null) =>
  useQuery({
    queryKey: [...messagingKeys.preview(), 'content', input],
    queryFn: ({ signal }) => api<RenderedMessage>(`${templatesPath}/preview`, { method: 'POST', body: input, signal }),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 10_000,
  });
