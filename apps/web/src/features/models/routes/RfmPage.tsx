import { EmptyState, Skeleton, Stack } from '@mantine/core';
import { IconChartGridDots } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../ui/QueryError';
import { canWrite, useRole } from '../../auth';
import { useModelSettings, useRfmReport } from '../api/models';
import { useOpenAsSegment } from '../api/open-as-segment';
import { ModelsHeader } from '../components/ModelsHeader';
import { RfmGrid } from '../components/RfmGrid';
import { RfmGroupsTable } from '../components/RfmGroupsTable';
import { useModelLabels } from '../components/use-labels';
import { formatCount } from '../model/format';
import { buildGrid } from '../model/rfm-grid';
import { rfmCellDefinition, rfmGroupDefinition } from '../model/segment-definitions';

/** The RFM grid and groups; a cell or a group opens its contacts as a segment. */
export function RfmPage() {
  const { t, i18n } = useTranslation('models');
  const labels = useModelLabels();
  const report = useRfmReport();
  // The map names the empty cells too; without it the grid falls back to the last run's names.
  const settings = useModelSettings();
  const writable = canWrite(useRole());
  const segment = useOpenAsSegment();
  const data = report.data;

  return (
    <>
      <ModelsHeader
        page="rfm"
        title={t('rfm.title')}
        description={data?.scored ? t('rfm.descriptionScored', { count: data.scored, scored: formatCount(data.scored, i18n.language) }) : t('rfm.description')}
        computedAt={data?.computedAt}
      />
      {report.isError ? <QueryError error={report.error} onRetry={() => void report.refetch()} /> : null}
      {report.isPending || settings.isPending ? <Skeleton h={420} radius="md" /> : null}
      {data && !settings.isPending && data.scored === 0 ? (
        <EmptyState py={48} icon={<IconChartGridDots size={28} />} variant="light" title={t('rfm.empty')} description={t('rfm.emptyHint')} data-testid="rfm-empty" />
      ) : null}
      {data && !settings.isPending && data.scored > 0 ? (
        <Stack gap="lg">
          <RfmGrid
            grid={buildGrid(data, settings.data?.rfm.rules)}
            opening={segment.pending}
            onOpen={
              writable
                ? (cell) => segment.open({ key: `${cell.r}:${cell.f}`, name: t('rfm.grid.segmentName', { r: cell.r, f: cell.f }), definition: rfmCellDefinition(cell.r, cell.f) })
                : null
            }
          />
          <RfmGroupsTable
            groups={data.groups}
            opening={segment.pending}
            onOpen={writable ? (group) => segment.open({ key: group, name: t('rfm.groups.segmentName', { group: labels.group(group) }), definition: rfmGroupDefinition(group) }) : null}
          />
        </Stack>
      ) : null}
    </>
  );
}
