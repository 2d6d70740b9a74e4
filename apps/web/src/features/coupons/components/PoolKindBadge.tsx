import { Badge } from '@mantine/core';
import type { CouponPool } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';

export function PoolKindBadge({ kind }: { kind: CouponPool['kind'] }) {
  const { t } = useTranslation('coupons');
  return (
    <Badge variant="light" color={kind === 'generated' ? 'violet' : 'cyan'} data-testid="pool-kind" data-kind={kind}>
      {t(`kinds.${kind}`)}
    </Badge>
  );
}
