import { Button, EmptyState, Paper, Skeleton, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChartDots, IconChartPie, IconGridDots, IconList, IconPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryError } from '../../../ui/QueryError';
import { canWrite, useRole } from '../../auth';
import { useSegments } from '../api/segments';
import { NewListModal } from '../components/NewListModal';
import { SegmentsTable } from '../components/SegmentsTable';

/** Every segment and static list of the workspace, with size and trend. */
export function SegmentsPage() {
  const { t } = useTranslation(['segments', 'common']);
  const writable = canWrite(useRole());
  const segments = useSegments();
  const [listOpen, list] = useDisclosure(false);
  const actions = (
    <>
      <Button variant="subtle" component={Link} to="/segments/rfm" leftSection={<IconGridDots size={16} />} data-testid="open-rfm">
        {t('list.rfm')}
      </Button>
      <Button variant="subtle" component={Link} to="/segments/nasld" leftSection={<IconChartDots size={16} />} data-testid="open-nasld">
        {t('list.nasld')}
      </Button>
      {writable ? <WriteActions onNewList={list.open} /> : null}
    </>
  );

  return (
    <>
      <PageHeader title={t('common:nav.segments')} description={t('common:areaDescriptions.segments')} actions={actions} />
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          {segments.isError ? <QueryError error={segments.error} onRetry={() => void segments.refetch()} /> : null}
          {segments.isPending ? <Skeleton h={200} radius="md" /> : null}
          {segments.data?.length === 0 ? (
            <EmptyState py={48} icon={<IconChartPie size={28} />} variant="light" title={t('list.empty')} description={t('list.emptyHint')} />
          ) : null}
          {segments.data?.length ? <SegmentsTable segments={segments.data} /> : null}
        </Stack>
      </Paper>
      {writable ? <NewListModal opened={listOpen} onClose={list.close} /> : null}
    </>
  );
}

function WriteActions({ onNewList }: { onNewList: () => void }) {
  const { t } = useTranslation('segments');
  return (
    <>
      <Button variant="default" leftSection={<IconList size={16} />} onClick={onNewList} data-testid="new-list">
        {t('list.newList')}
      </Button>
      <Button component={Link} to="/segments/new" leftSection={<IconPlus size={16} />} data-testid="new-segment">
        {t('list.newSegment')}
      </Button>
    </>
  );
}
