import type { CouponPool } from '@rapport/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQueryOptions } from '../../../lib/pagination';
import { couponKeys, poolsPath } from './keys';

/** GET /api/v1/coupon-pools, newest first, with their counts of codes, issued and redeemed: the pools in use, or the archived ones. */
export const useCouponPools = (archived = false) => useInfiniteQuery(pagedQueryOptions<CouponPool>(couponKeys.pools(), poolsPath, archived ? { archived: 'true' } : {}, 100));
