import type { Me, SetupInput } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { meQuery } from './me';
import { setupStatusQuery } from './setup-status';

/** POST /api/v1/setup: creates the first user and workspace and signs in. */
export function useSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetupInput) => api<Me>('/api/v1/setup', { method: 'POST', body: input }),
    meta: { skipAuthRedirect: true },
    onSuccess: (me) => {
      queryClient.setQueryData(setupStatusQuery.queryKey, { needsSetup: false });
      queryClient.setQueryData(meQuery.queryKey, me);
    },
  });
}
