import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

/** POST /api/v1/auth/logout, then forget every cached record of the session. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/api/v1/auth/logout', { method: 'POST' }),
    meta: { skipAuthRedirect: true },
    onSettled: () => queryClient.clear(),
  });
}
