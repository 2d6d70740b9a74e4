import { Button, EmptyState, Paper, SegmentedControl, Skeleton, Stack } from '@mantine/core';
import { IconPlus, IconSpeakerphone } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { flattenPages } from '../../../lib/pagination';
import { LoadMore } from '../../../ui/LoadMore';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryError } from '../../../ui/QueryError';
import { canWrite, useRole } from '../../auth';
import { useCampaigns } from '../api/campaigns';
import { CampaignsTable } from '../components/CampaignsTable';
import { campaignStatuses, isCampaignStatus } from '../model/status';

const route = getRouteApi('/_app/campaigns');

/** Every campaign of the workspace, newest first, filtered by status. */
export function CampaignsPage() {
  const { t } = useTranslation(['campaigns', 'common']);
  const writable = canWrite(useRole());
  const { status } = route.useSearch();
  const navigate = route.useNavigate();
  const campaigns = useCampaigns(status);
  const rows = flattenPages(campaigns.data);
  const actions = writable ? (
    <Button component={Link} to="/campaigns/new" leftSection={<IconPlus size={16} />} data-testid="new-campaign">
      {t('list.new')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title={t('common:nav.campaigns')} description={t('list.description')} actions={actions} />
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <SegmentedControl
            w="fit-content"
            value={status ?? 'all'}
            onChange={(v) => void navigate({ search: isCampaignStatus(v) ? { status: v } : {}, replace: true })}
            data={[{ value: 'all', label: t('list.all') }, ...campaignStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))]}
            data-testid="status-filter"
          />
          {campaigns.isError ? <QueryError error={campaigns.error} onRetry={() => void campaigns.refetch()} /> : null}
          {campaigns.isPending ? <Skeleton h={200} radius="md" /> : null}
          {campaigns.isSuccess && rows.length === 0 ? (
            <EmptyState
              py={48}
              icon={<IconSpeakerphone size={28} />}
              variant="light"
              title={status ? t('list.emptyStatus', { status: t(`statuses.${status}`) }) : t('list.empty')}
              description={t('list.emptyHint')}
            />
          ) : null}
          {rows.length ? <CampaignsTable campaigns={rows} /> : null}
          <LoadMore hasNextPage={campaigns.hasNextPage} isFetchingNextPage={campaigns.isFetchingNextPage} onLoadMore={() => void campaigns.fetchNextPage()} />
        </Stack>
      </Paper>
    </>
  );
}
