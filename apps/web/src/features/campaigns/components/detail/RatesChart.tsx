import { BarChart } from '@mantine/charts';
import { Paper, Text, Title } from '@mantine/core';
import type { CampaignResults } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { rateChartData } from '../../model/results';

/** Open and click rates of each variant, side by side. */
export function RatesChart({ results }: { results: CampaignResults }) {
  const { t, i18n } = useTranslation('campaigns');
  const percent = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const data = rateChartData(results.variants).map((d) => ({ ...d, variant: t('results.variant', { key: d.variant }) }));
  const empty = data.every((d) => d.open === 0 && d.click === 0);
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={5} mb="md">
        {t('results.chartTitle')}
      </Title>
      {empty ? (
        <Text size="sm" c="dimmed" data-testid="rates-empty">
          {t('results.noEngagement')}
        </Text>
      ) : (
        <BarChart
          h={220}
          data={data}
          dataKey="variant"
          series={[
            { name: 'open', label: t('results.openRate'), color: 'blue.6' },
            { name: 'click', label: t('results.clickRate'), color: 'teal.6' },
          ]}
          valueFormatter={(v) => `${percent.format(v)}%`}
          withLegend
          tickLine="y"
          maxBarWidth={36}
          data-testid="rates-chart"
        />
      )}
    </Paper>
  );
}
