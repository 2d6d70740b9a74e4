import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ImportCounts as Counts } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';

const kinds = [
  { key: 'created', color: 'teal' },
  { key: 'updated', color: 'blue' },
  { key: 'skipped', color: 'gray' },
  { key: 'rejected', color: 'red' },
] as const;

/** Created / updated / skipped / rejected, worded as "would …" for a dry run. */
export function ImportCounts({ counts, dryRun }: { counts: Counts; dryRun: boolean }) {
  const { t, i18n } = useTranslation('imports');
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
      {kinds.map(({ key, color }) => (
        <Paper key={key} withBorder radius="md" p="sm">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {dryRun ? t(`counts.would.${key}`) : t(`counts.${key}`)}
          </Text>
          <Text size="xl" fw={700} c={counts[key] > 0 ? color : undefined} data-testid={`import-count-${key}`}>
            {number.format(counts[key])}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
