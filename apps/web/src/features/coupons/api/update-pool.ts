import type { CouponPool } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { poolPatch } from '../model/pool-form';
import { couponKeys, poolPath } from './keys';

/** PATCH /api/v1/coupon-pools/:id; a refusal's field errors go onto the form. */
export function useUpdateCouponPool(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: ReturnType<typeof poolPatch>) => api<CouponPool>(poolPath(id), { method: 'PATCH', body: patch }),
    meta: { skipErrorNotification: true },
    onSuccess: (pool) => {
      queryClient.setQueryData(couponKeys.pool(pool.id), pool);
      return queryClient.invalidateQueries({ queryKey: couponKeys.pools() });
    },
  });
}
