import type { MessageTemplateVersion } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { messagingKeys, templatePath } from './keys';

/** GET /api/v1/message-templates/:id/versions, newest first. */
export const useTemplateVersions = (id: string, enabled = true) =>
  useQuery({
    queryKey: messagingKeys.versions(id),
    queryFn: ({ signal }) => api<{ data: MessageTemplateVersion[] }>(`${templatePath(id)}/versions`, { signal }),
    select: (r) => r.data,
    enabled,
  });
