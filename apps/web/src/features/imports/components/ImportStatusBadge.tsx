import { Badge } from '@mantine/core';
import type { Import } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { statusColor } from '../import-status';

/** The import's status; a dry run says so. */
export function ImportStatusBadge({ imp, testId }: { imp: Pick<Import, 'status' | 'isDryRun'>; testId?: string }) {
  const { t } = useTranslation('imports');
  return (
    <Badge variant="light" radius="sm" color={statusColor[imp.status]} data-testid={testId} data-status={imp.status}>
      {imp.isDryRun && imp.status !== 'uploaded' ? t('status.dryRun', { status: t(`status.${imp.status}`) }) : t(`status.${imp.status}`)}
    </Badge>
  );
}
