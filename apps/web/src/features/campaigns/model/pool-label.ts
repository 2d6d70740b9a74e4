import type { CouponPool } from '@rapport/contracts';
import type { TFunction } from 'i18next';

/** A campaign's coupon pool by name, marked when archived; one that is gone says so. */
export function poolLabel(pool: CouponPool | undefined, gone: boolean, t: TFunction<'campaigns'>): string {
  if (gone || !pool) return gone ? t('editor.deletedPool') : '…';
  return pool.archivedAt ? t('editor.archivedPool', { name: pool.name }) : pool.name;
}
