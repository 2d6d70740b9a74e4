import { EmptyState, Group, Paper, SegmentedControl, Skeleton, Stack } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { flattenPages } from '../../../lib/pagination';
import { LoadMore } from '../../../ui/LoadMore';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryError } from '../../../ui/QueryError';
import { canWrite, useRole } from '../../auth';
import { useJourneys } from '../api/journeys';
import { JourneysTable } from '../components/JourneysTable';
import { NewJourneyMenu } from '../components/NewJourneyMenu';
import { isJourneyStatus, journeyStatuses } from '../model/status';

const route = getRouteApi('/_app/journeys');

/** Every journey of the workspace, newest first, filtered by status. */
export function JourneysPage() {
  const { t } = useTranslation('journeys');
  const { t: tc } = useTranslation();
  const writable = canWrite(useRole());
  const { status } = route.useSearch();
  const navigate = route.useNavigate();
  const journeys = useJourneys(status);
  const rows = flattenPages(journeys.data);

  return (
    <>
      <PageHeader title={tc('nav.journeys')} description={t('area.description')} actions={writable ? <NewJourneyMenu /> : null} />
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <Group justify="space-between" wrap="wrap">
            <SegmentedControl
              value={status ?? 'all'}
              onChange={(v) => void navigate({ search: isJourneyStatus(v) ? { status: v } : {}, replace: true })}
              data={[{ value: 'all', label: t('statuses.all') }, ...journeyStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))]}
              data-testid="status-filter"
            />
          </Group>
          {journeys.isError ? <QueryError error={journeys.error} onRetry={() => void journeys.refetch()} /> : null}
          {journeys.isPending ? <Skeleton h={200} radius="md" /> : null}
          {journeys.isSuccess && rows.length === 0 ? (
            <EmptyState py={48} icon={<IconRoute size={28} />} variant="light" title={status ? t('list.emptyStatus') : t('list.empty')} description={t('list.emptyHint')} />
          ) : null}
          {rows.length ? <JourneysTable journeys={rows} /> : null}
          <LoadMore hasNextPage={journeys.hasNextPage} isFetchingNextPage={journeys.isFetchingNextPage} onLoadMore={() => void journeys.fetchNextPage()} />
        </Stack>
      </Paper>
    </>
  );
}
