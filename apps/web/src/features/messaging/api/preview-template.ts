import type { RenderedMessage } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { messagingKeys, templatePath } from './keys';

/** POST /api/v1/message-templates/:id/preview: a saved version as one contact would get it, in their locale. */
export const useTemplatePreview = (id: string, input: { contactId: string; version: number } | null) =>
  useQuery({
    queryKey: [...messagingKeys.preview(), 'template', id, input],
    queryFn: ({ signal }) => api<RenderedMessage>(`${templatePath(id)}/preview`, { method: 'POST', body: input, signal }),
    enabled: input !== null,
    retry: false,
    // A saved version never changes; only the contact's data could.
    staleTime: 60_000,
  });
