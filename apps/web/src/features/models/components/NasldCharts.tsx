import { AreaChart, BarChart } from '@mantine/charts';
import { Paper, Stack, Text, Title } from '@mantine/core';
import type { NasldReport, NasldState } from '@rapport/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { formatCompact, formatCount } from '../model/format';
import { historyRows, stateColors, stateOrder } from '../model/nasld';
import { useModelLabels } from './use-labels';

function ChartCard({ title, hint, children, testId }: { title: string; hint: string; children: ReactNode; testId: string }) {
  return (
    <Paper withBorder radius="md" p="lg" data-testid={testId}>
      <Stack gap="sm">
        <div>
          <Title order={4}>{title}</Title>
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

/** Contacts and their revenue per state, revenue on its own axis since the two differ by orders of magnitude. */
export function NasldDistributionChart({ totals }: { totals: { state: NasldState; contacts: number; revenue: number }[] }) {
  const { t, i18n } = useTranslation('models');
  const labels = useModelLabels();
  const lng = i18n.language;
  const data = totals.map((s) => ({ state: labels.state(s.state), contacts: s.contacts, revenue: Math.round(s.revenue) }));
  return (
    <ChartCard title={t('nasld.distribution.title')} hint={t('nasld.distribution.hint')} testId="nasld-distribution">
      <BarChart
        h={280}
        data={data}
        dataKey="state"
        withLegend
        withRightYAxis
        // Every state's name, even where recharts would skip one for room.
        xAxisProps={{ interval: 0 }}
        valueFormatter={(v) => formatCount(v, lng)}
        rightYAxisProps={{ tickFormatter: (v: number) => formatCompact(v, lng) }}
        series={[
          { name: 'contacts', label: t('nasld.distribution.contacts'), color: 'blue.6' },
          { name: 'revenue', label: t('nasld.distribution.revenue'), color: 'teal.5', yAxisId: 'right' },
        ]}
      />
    </ChartCard>
  );
}

/** Contacts per state on each day the model ran, stacked, so the whole base and its mix both show. */
export function NasldHistoryChart({ history }: { history: NasldReport['history'] }) {
  const { t, i18n } = useTranslation('models');
  const labels = useModelLabels();
  const lng = i18n.language;
  const rows = historyRows(history);
  return (
    <ChartCard title={t('nasld.history.title')} hint={rows.length < 2 ? t('nasld.history.few') : t('nasld.history.hint')} testId="nasld-history">
      <AreaChart
        h={280}
        data={rows}
        dataKey="day"
        type="stacked"
        withLegend
        withDots={rows.length < 2}
        curveType="linear"
        valueFormatter={(v) => formatCount(v, lng)}
        xAxisProps={{ tickFormatter: (d: string) => formatDate(`${d}T00:00:00`, lng) }}
        series={stateOrder.map((s) => ({ name: s, label: labels.state(s), color: stateColors[s] }))}
      />
    </ChartCard>
  );
}
