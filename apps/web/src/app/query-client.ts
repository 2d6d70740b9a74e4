import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError, isUnauthorized } from '../lib/api';
import { notifyError } from '../lib/notify';

interface RapportMeta extends Record<string, unknown> {
  /** A 401 here is an expected answer (wrong password), not an expired session. */
  skipAuthRedirect?: boolean;
  /** The caller shows the error itself. */
  skipErrorNotification?: boolean;
}

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: RapportMeta;
    mutationMeta: RapportMeta;
  }
}

/**
 * One QueryClient for the app. A 401 from any call that doesn't expect one means the
 * session is gone; `onUnauthorized` sends the user to the login page. Failed mutations
 * are reported in a notification unless the caller handles them.
 */
export function createQueryClient(onUnauthorized: () => void) {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isUnauthorized(error) && !query.meta?.skipAuthRedirect) onUnauthorized();
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _result, mutation) => {
        if (isUnauthorized(error) && !mutation.meta?.skipAuthRedirect) return onUnauthorized();
        if (!mutation.meta?.skipErrorNotification) notifyError(error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Client errors won't fix themselves; retry only network and server failures.
        retry: (count, error) => count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
    },
  });
}
