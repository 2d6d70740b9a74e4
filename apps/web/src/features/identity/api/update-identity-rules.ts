import type { IdentityRules } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { identityKeys } from './identity-rules';

/** PUT /api/v1/identity/rules: replaces the blocked values and every limit. */
export function useUpdateIdentityRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rules: IdentityRules) => api<IdentityRules>('/api/v1/identity/rules', { method: 'PUT', body: rules }),
    onSuccess: (saved) => queryClient.setQueryData(identityKeys.rules(), saved),
  });
}
