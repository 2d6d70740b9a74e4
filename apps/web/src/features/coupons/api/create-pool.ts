import type { CouponPool } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { poolInput } from '../model/pool-form';
import { couponKeys, poolsPath } from './keys';

/** POST /api/v1/coupon-pools; a refusal's field errors go onto the form. */
export function useCreateCouponPool() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReturnType<typeof poolInput>) => api<CouponPool>(poolsPath, { method: 'POST', body: input }),
    meta: { skipErrorNotification: true },
    onSuccess: (pool) => {
      queryClient.setQueryData(couponKeys.pool(pool.id), pool);
      return queryClient.invalidateQueries({ queryKey: couponKeys.pools() });
    },
  });
}
