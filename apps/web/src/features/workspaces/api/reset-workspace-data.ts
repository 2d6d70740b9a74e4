import type { Me } from '@rapport/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { meQuery, setupStatusQuery } from '../../auth';

const sessionKeys = new Set<unknown>([meQuery.queryKey[0], setupStatusQuery.queryKey[0]]);

/** After a workspace switch every workspace-scoped query is stale: reset them and keep the session. */
export function switchWorkspaceData(queryClient: QueryClient, me: Me) {
  queryClient.setQueryData(meQuery.queryKey, me);
  return queryClient.resetQueries({ predicate: (q) => !sessionKeys.has(q.queryKey[0]) });
}
