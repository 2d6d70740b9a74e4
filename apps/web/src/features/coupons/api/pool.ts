import type { CouponPool } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { couponKeys, poolPath } from './keys';

/** GET /api/v1/coupon-pools/:id; nothing is asked while there is no id. */
export const useCouponPool = (id: string | null) =>
  useQuery({
    queryKey: couponKeys.pool(id ?? ''),
    queryFn: ({ signal }) => api<CouponPool>(poolPath(id!), { signal }),
    enabled: Boolean(id),
  });
