import type { IdentityRules } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const identityKeys = {
  all: ['identity'] as const,
  rules: () => [...identityKeys.all, 'rules'] as const,
  conflicts: () => [...identityKeys.all, 'conflicts'] as const,
  contact: (contactId: string) => [...identityKeys.all, 'contact', contactId] as const,
};

/** GET /api/v1/identity/rules */
export const useIdentityRules = () =>
  useQuery({
    queryKey: identityKeys.rules(),
    queryFn: ({ signal }) => api<IdentityRules>('/api/v1/identity/rules', { signal }),
  });
