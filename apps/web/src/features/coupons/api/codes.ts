import type { CouponCode } from '@rapport/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQueryOptions } from '../../../lib/pagination';
import { couponKeys, poolPath } from './keys';

/** GET /api/v1/coupon-pools/:id/codes, newest first, with who got each and when it was used. */
export const useCouponCodes = (id: string) => useInfiniteQuery(pagedQueryOptions<CouponCode>(couponKeys.codes(id), `${poolPath(id)}/codes`));
