import { Badge, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { statusColor, type CampaignStatus } from '../model/status';

export function StatusBadge({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation('campaigns');
  const busy = status === 'launching' || status === 'testing';
  return (
    <Badge
      variant={status === 'sent' ? 'filled' : 'light'}
      color={statusColor[status]}
      leftSection={busy ? <Loader size={10} color={statusColor[status]} /> : null}
      data-testid="campaign-status"
      data-status={status}
    >
      {t(`statuses.${status}`)}
    </Badge>
  );
}
