import type { LoginInput, Me } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { meQuery } from './me';

/** POST /api/v1/auth/login. Errors (401, 429) are shown by the page itself. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => api<Me>('/api/v1/auth/login', { method: 'POST', body: input }),
    meta: { skipAuthRedirect: true, skipErrorNotification: true },
    onSuccess: (me) => {
      queryClient.removeQueries();
      queryClient.setQueryData(meQuery.queryKey, me);
    },
  });
}
