import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';

/**
 * POST /api/v1/auth/logout. The caller leaves the signed-in pages first and then clears the
 * cache; clearing while they are mounted would refetch `me` and bounce through a 401.
 */
export const useLogout = () =>
  useMutation({
    mutationFn: () => api<void>('/api/v1/auth/logout', { method: 'POST' }),
    meta: { skipAuthRedirect: true },
  });
