import { Alert, Button, EmptyState, Group, Paper, SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArchive, IconInfoCircle, IconPlus, IconTicket } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { flattenPages } from '../../../lib/pagination';
import { LoadMore } from '../../../ui/LoadMore';
import { QueryError } from '../../../ui/QueryError';
import { canWrite, useRole } from '../../auth';
import { useCouponPools } from '../api/pools';
import { NewPoolModal } from '../components/NewPoolModal';
import { PoolsTable } from '../components/PoolsTable';

/** The workspace's coupon pools in use, or the archived ones, newest first, and a new one. */
export function CouponPoolsPage() {
  const { t } = useTranslation('coupons');
  const writable = canWrite(useRole());
  const [archived, setArchived] = useState(false);
  const pools = useCouponPools(archived);
  const rows = flattenPages(pools.data);
  const [creating, create] = useDisclosure(false);
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Alert variant="light" color="gray" icon={<IconInfoCircle size={16} />} p="xs" style={{ flex: 1 }}>
            <Text size="sm">{t('list.explain', { code: '{{ coupon.code }}' })}</Text>
          </Alert>
          {writable ? (
            <Button leftSection={<IconPlus size={16} />} onClick={create.open} data-testid="new-pool">
              {t('list.new')}
            </Button>
          ) : null}
        </Group>
        <SegmentedControl
          w="fit-content"
          value={archived ? 'archived' : 'active'}
          onChange={(v) => setArchived(v === 'archived')}
          data={[
            { value: 'active', label: t('list.active') },
            { value: 'archived', label: t('list.archived') },
          ]}
          data-testid="pools-show-archived"
        />
        {pools.isError ? <QueryError error={pools.error} onRetry={() => void pools.refetch()} /> : null}
        {pools.isPending ? <Skeleton h={200} radius="md" /> : null}
        {pools.isSuccess && rows.length === 0 && !archived ? <EmptyState py={48} icon={<IconTicket size={28} />} variant="light" title={t('list.empty')} description={t('list.emptyHint')} /> : null}
        {pools.isSuccess && rows.length === 0 && archived ? <EmptyState py={48} icon={<IconArchive size={28} />} variant="light" title={t('list.emptyArchived')} description={t('list.emptyArchivedHint')} /> : null}
        {rows.length ? <PoolsTable pools={rows} /> : null}
        <LoadMore hasNextPage={pools.hasNextPage} isFetchingNextPage={pools.isFetchingNextPage} onLoadMore={() => void pools.fetchNextPage()} />
      </Stack>
      {writable ? <NewPoolModal opened={creating} onClose={create.close} /> : null}
    </Paper>
  );
}
