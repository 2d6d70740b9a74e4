export const couponKeys = {
  all: ['coupons'] as const,
  pools: () => [...couponKeys.all, 'pools'] as const,
  pool: (id: string) => [...couponKeys.all, 'pool', id] as const,
  codes: (id: string) => [...couponKeys.all, 'codes', id] as const,
};

export const poolsPath = '/api/v1/coupon-pools';
export const poolPath = (id: string) => `${poolsPath}/${encodeURIComponent(id)}`;
