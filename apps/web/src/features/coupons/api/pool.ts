import type { CouponPool } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { couponKeys, poolPath } from './keys';

/** GET /api/v1/coupon-pools/:id. */
export const useCouponPool = (id: string) =>
  useQuery({
    queryKey: couponKeys.pool(id),
    queryFn: ({ signal }) => api<CouponPool>(poolPath(id), { signal }),
  });
