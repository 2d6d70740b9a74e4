import type { AcceptInvitationInput, Me } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { meQuery } from '../../auth';

/** POST /api/v1/invitations/:id/accept: signs the invitee up or in and joins the workspace. */
export function useAcceptInvitation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AcceptInvitationInput) =>
      api<Me>(`/api/v1/invitations/${encodeURIComponent(id)}/accept`, { method: 'POST', body: input }),
    meta: { skipAuthRedirect: true },
    onSuccess: (me) => {
      queryClient.removeQueries();
      queryClient.setQueryData(meQuery.queryKey, me);
    },
  });
}
