import { useQuery } from '@tanstack/react-query';
import { api, isApiError } from '../../../lib/api';
import { journeyKeys } from './keys';

export interface CouponPool {
  id: string;
  name: string;
}

/**
 * GET /api/v1/coupon-pools. Null when this server has no such route yet: the step then takes a
 * pool's id as text.
 */
export const useCouponPools = () =>
  useQuery({
    queryKey: journeyKeys.couponPools(),
    queryFn: async ({ signal }) => {
      try {
        const r = await api<{ data: CouponPool[] } | CouponPool[]>('/api/v1/coupon-pools', { query: { limit: 200 }, signal });
        return Array.isArray(r) ? r : r.data;
      } catch (error) {
        if (isApiError(error) && (error.status === 404 || error.status === 405)) return null;
        throw error;
      }
    },
    retry: false,
    staleTime: 60_000,
    meta: { skipErrorNotification: true },
  });
