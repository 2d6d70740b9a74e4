import type { CouponPool } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { couponKeys, poolPath } from './keys';

/** POST /api/v1/coupon-pools/:id/archive (true) or /unarchive (false). */
export function useArchiveCouponPool(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (archived: boolean) => api<CouponPool>(`${poolPath(id)}/${archived ? 'archive' : 'unarchive'}`, { method: 'POST' }),
    onSuccess: (pool) => {
      queryClient.setQueryData(couponKeys.pool(pool.id), pool);
      return queryClient.invalidateQueries({ queryKey: couponKeys.pools() });
    },
  });
}
