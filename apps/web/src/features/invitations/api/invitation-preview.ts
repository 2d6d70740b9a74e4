import type { InvitationPreview } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

/** GET /api/v1/invitations/:id/preview: public, the id is the secret. */
export const useInvitationPreview = (id: string) =>
  useQuery({
    queryKey: ['invitation-preview', id],
    queryFn: ({ signal }) => api<InvitationPreview>(`/api/v1/invitations/${encodeURIComponent(id)}/preview`, { signal }),
    meta: { skipAuthRedirect: true },
    retry: false,
  });
