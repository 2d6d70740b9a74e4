import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { statusColor, type JourneyStatus } from '../model/status';

export function StatusBadge({ status }: { status: JourneyStatus }) {
  const { t } = useTranslation('journeys');
  return (
    <Badge variant={status === 'live' ? 'filled' : 'light'} color={statusColor[status]} data-testid="journey-status" data-status={status}>
      {t(`statuses.${status}`)}
    </Badge>
  );
}
