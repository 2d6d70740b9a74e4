import { Group, Text } from '@mantine/core';
import type { ImportCounts } from '@rapport/contracts';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** "3 created + 1 updated + 0 skipped + 2 rejected = 6 rows read": every row is accounted for. */
export function ImportTotals({ counts }: { counts: ImportCounts }) {
  const { t, i18n } = useTranslation('imports');
  const n = new Intl.NumberFormat(i18n.language).format;
  const sum = counts.created + counts.updated + counts.skipped + counts.rejected;
  return (
    <Group gap={6} data-testid="import-totals">
      {sum === counts.read ? <IconCheck size={16} color="var(--mantine-color-teal-6)" /> : null}
      <Text size="sm" c="dimmed">
        {t('result.totals', {
          created: n(counts.created),
          updated: n(counts.updated),
          skipped: n(counts.skipped),
          rejected: n(counts.rejected),
          read: n(counts.read),
        })}
      </Text>
    </Group>
  );
}
