import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { couponKeys, poolPath } from './keys';

export interface UploadResult {
  added: number;
  rejected: number;
  results: { index: number; code: string | null; status: 'added' | 'rejected'; reason?: string }[];
}

/** POST /api/v1/coupon-pools/:id/codes: each code is added or rejected with its reason. */
export function useUploadCouponCodes(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (codes: string[]) => api<UploadResult>(`${poolPath(id)}/codes`, { method: 'POST', body: { codes } }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: couponKeys.codes(id) });
      void queryClient.invalidateQueries({ queryKey: couponKeys.pool(id) });
      return queryClient.invalidateQueries({ queryKey: couponKeys.pools() });
    },
  });
}
