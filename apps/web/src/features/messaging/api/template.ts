import type { MessageTemplate } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { messagingKeys, templatePath } from './keys';

/** GET /api/v1/message-templates/:id, at its current version. */
export const useTemplate = (id: string) =>
  useQuery({
    queryKey: messagingKeys.template(id),
    queryFn: ({ signal }) => api<MessageTemplate>(templatePath(id), { signal }),
    // The editor starts from this once; a refetch must not look like someone else's edit.
    staleTime: Infinity,
  });
