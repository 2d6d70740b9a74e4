import type { ChangePasswordInput } from '@rapport/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';

/** POST /api/v1/auth/password. A wrong current password is a field error, not a logout. */
export const useChangePassword = () =>
  useMutation({
    mutationFn: (input: ChangePasswordInput) => api<void>('/api/v1/auth/password', { method: 'POST', body: input }),
    meta: { skipAuthRedirect: true },
  });
