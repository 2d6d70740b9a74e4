import type { IdentityConflict } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { identityKeys } from './identity-rules';

/** GET /api/v1/identity/conflicts: the newest ones only; the endpoint has no paging. */
export const useIdentityConflicts = (limit = 100) =>
  useQuery({
    queryKey: [...identityKeys.conflicts(), limit],
    queryFn: ({ signal }) => api<{ data: IdentityConflict[] }>('/api/v1/identity/conflicts', { query: { limit }, signal }),
    select: (r) => r.data,
  });
