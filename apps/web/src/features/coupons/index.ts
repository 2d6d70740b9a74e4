export { CouponPoolsPage } from './routes/CouponPoolsPage';
export { CouponPoolPage } from './routes/CouponPoolPage';
// For pickers elsewhere (a campaign's coupon pool).
export { useCouponPools } from './api/pools';
export { useCouponPool } from './api/pool';
