import { Group, Paper, Select, Switch, Text } from '@mantine/core';
import type { JourneyStats, JourneyVersion } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';

interface Props {
  on: boolean;
  onToggle: (on: boolean) => void;
  version: number;
  versions: JourneyVersion[];
  onVersion: (version: number) => void;
  stats: JourneyStats | undefined;
}

/** Whether the canvas shows figures, of which version, and the journey's totals for it. */
export function AnalyticsBar({ on, onToggle, version, versions, onVersion, stats }: Props) {
  const { t, i18n } = useTranslation('journeys');
  const n = new Intl.NumberFormat(i18n.language);
  const pct = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const choices = versions.length ? versions.map((v) => v.version) : [version];
  const totals = stats
    ? ([
        ['entered', n.format(stats.entered)],
        ['active', n.format(stats.active)],
        ['completed', n.format(stats.completed)],
        ['exited', n.format(stats.exited)],
        ['converted', n.format(stats.converted)],
        ['rate', stats.conversionRate === null ? t('stats.none') : pct.format(stats.conversionRate)],
      ] as const)
    : [];
  return (
    <Paper withBorder radius="md" px="md" py="xs">
      <Group gap="lg" wrap="wrap">
        <Switch label={t('stats.show')} checked={on} onChange={(e) => onToggle(e.currentTarget.checked)} data-testid="stats-toggle" />
        {on ? (
          <>
            <Select
              size="xs"
              w={140}
              aria-label={t('stats.version')}
              data={choices.map((v) => ({ value: String(v), label: t('stats.versionOption', { version: v }) }))}
              value={String(version)}
              onChange={(v) => v && onVersion(Number(v))}
              allowDeselect={false}
              data-testid="stats-version"
            />
            <Group gap="md" data-testid="stats-totals" data-entered={stats?.entered} data-converted={stats?.converted}>
              {totals.map(([key, value]) => (
                <Text key={key} size="sm">
                  <Text span c="dimmed" size="sm">
                    {t(`stats.${key}`)}
                  </Text>{' '}
                  <Text span fw={600} size="sm">
                    {value}
                  </Text>
                </Text>
              ))}
            </Group>
          </>
        ) : null}
      </Group>
    </Paper>
  );
}
