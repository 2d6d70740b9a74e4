import type { CouponPool } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { formatValue } from '../model/pool-form';

/** How a pool's worth and expiry read in the current language: "15% off", "30 days from issue". */
export function usePoolLabels() {
  const { t, i18n } = useTranslation('coupons');
  const lng = i18n.language;
  return {
    value: (p: Pick<CouponPool, 'value' | 'valueType'>) => t(`value.${p.valueType}`, { value: formatValue(p, lng) }),
    expiry: (p: Pick<CouponPool, 'expiresAt' | 'validDays'>) =>
      p.expiresAt ? t('expiry.date', { date: formatDate(p.expiresAt, lng) }) : p.validDays ? t('expiry.days', { count: p.validDays }) : t('expiry.never'),
  };
}
