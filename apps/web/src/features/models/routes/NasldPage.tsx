import { Alert, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { defaultNasldSettings, type NasldState } from '@rapport/contracts';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../ui/QueryError';
import { canWrite, useRole } from '../../auth';
import { useModelSettings, useNasldReport } from '../api/models';
import { useOpenAsSegment } from '../api/open-as-segment';
import { NasldDistributionChart, NasldHistoryChart } from '../components/NasldCharts';
import { NasldStateCards } from '../components/NasldStateCards';
import { NasldTransitionsTable } from '../components/NasldTransitionsTable';
import { ModelsHeader } from '../components/ModelsHeader';
import { useModelLabels } from '../components/use-labels';
import { stateTotals } from '../model/nasld';
import { nasldStateDefinition } from '../model/segment-definitions';

/** The workspace's repurchase cycle C: what every state's limits are measured in. */
function CycleCard({ cycle, fallback }: { cycle: number; fallback: number }) {
  const { t, i18n } = useTranslation('models');
  const format = (n: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(n);
  return (
    <Paper withBorder radius="md" p="lg">
      <Group gap="xl" align="flex-start" wrap="wrap">
        <div>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            {t('nasld.cycle.label')}
          </Text>
          <Text fz={32} fw={700} lh={1.2} data-testid="nasld-cycle">
            {t('nasld.cycle.days', { days: format(cycle) })}
          </Text>
        </div>
        <Stack gap={4} style={{ flex: 1, minWidth: 260 }}>
          <Text size="sm">{t('nasld.cycle.explain')}</Text>
          <Text size="sm" c="dimmed">
            {t('nasld.cycle.own')} {t('nasld.cycle.fallback', { days: format(fallback) })}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}

/** NASLD: which state each contact is in by how long since they last bought, against their repurchase cycle. */
export function NasldPage() {
  const { t } = useTranslation('models');
  const labels = useModelLabels();
  const report = useNasldReport();
  const settings = useModelSettings();
  const writable = canWrite(useRole());
  const segment = useOpenAsSegment();
  const data = report.data;
  const nasld = settings.data?.nasld ?? defaultNasldSettings;
  const cycle = data?.workspaceCycleDays ?? nasld.defaultCycleDays;
  const open = (state: NasldState) => segment.open({ key: state, name: t('nasld.segmentName', { state: labels.state(state) }), definition: nasldStateDefinition(state) });

  return (
    <>
      <ModelsHeader page="nasld" title={t('nasld.title')} description={t('nasld.description')} computedAt={data?.computedAt} />
      {report.isError ? <QueryError error={report.error} onRetry={() => void report.refetch()} /> : null}
      {settings.isError ? <QueryError error={settings.error} onRetry={() => void settings.refetch()} /> : null}
      {report.isPending || settings.isPending ? <Skeleton h={420} radius="md" /> : null}
      {data && settings.data ? (
        <Stack gap="lg">
          {!data.computedAt ? (
            <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} data-testid="nasld-never">
              {t('nasld.never')}
            </Alert>
          ) : null}
          <CycleCard cycle={cycle} fallback={nasld.defaultCycleDays} />
          <div>
            <Title order={4} mb={4}>
              {t('nasld.cards.title')}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('nasld.cards.hint')}
            </Text>
            <NasldStateCards totals={stateTotals(data)} settings={nasld} cycle={cycle} onOpen={writable ? open : null} opening={segment.pending} />
          </div>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <NasldDistributionChart totals={stateTotals(data)} />
            <NasldHistoryChart history={data.history} />
          </SimpleGrid>
          <NasldTransitionsTable transitions={data.transitions} />
        </Stack>
      ) : null}
    </>
  );
}
