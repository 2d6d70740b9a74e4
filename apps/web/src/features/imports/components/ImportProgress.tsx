import { Group, Progress, Stack, Text } from '@mantine/core';
import type { Import } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { isImportActive, progressPercent, statusColor } from '../import-status';
import { ImportStatusBadge } from './ImportStatusBadge';

/** Status, a progress bar of rows read, and "120 of 500 rows". */
export function ImportProgress({ imp }: { imp: Import }) {
  const { t, i18n } = useTranslation('imports');
  const number = new Intl.NumberFormat(i18n.language);
  const percent = progressPercent(imp);
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <ImportStatusBadge imp={imp} testId="import-status" />
        <Text size="sm" c="dimmed" data-testid="import-rows-read">
          {imp.totalRows === null
            ? t('progress.readUnknown', { read: number.format(imp.counts.read) })
            : t('progress.read', { read: number.format(imp.counts.read), total: number.format(imp.totalRows) })}
        </Text>
      </Group>
      <Progress
        value={percent}
        color={statusColor[imp.status]}
        striped={isImportActive(imp.status)}
        animated={isImportActive(imp.status)}
        aria-label={t('progress.label', { percent })}
        size="lg"
        radius="xl"
      />
    </Stack>
  );
}
