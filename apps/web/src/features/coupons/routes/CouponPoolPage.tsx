import { Alert, Badge, EmptyState, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { CouponPool } from '@rapport/contracts';
import { IconArchive, IconArrowLeft, IconInfoCircle, IconTicketOff } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { flattenPages } from '../../../lib/pagination';
import { AnchorLink } from '../../../ui/AnchorLink';
import { LoadMore } from '../../../ui/LoadMore';
import { QueryError } from '../../../ui/QueryError';
import { canWrite, useRole } from '../../auth';
import { useCouponCodes } from '../api/codes';
import { useCouponPool } from '../api/pool';
import { CodesTable } from '../components/CodesTable';
import { PoolActions } from '../components/PoolActions';
import { PoolKindBadge } from '../components/PoolKindBadge';
import { UploadCodesCard } from '../components/UploadCodesCard';
import { usePoolLabels } from '../components/use-pool-labels';

const route = getRouteApi('/_app/messages/coupons/$poolId');

/** One pool: what its codes are worth, its counts, its codes, and an upload for pools of uploaded codes. */
export function CouponPoolPage() {
  const { t } = useTranslation('coupons');
  const { poolId } = route.useParams();
  const pool = useCouponPool(poolId);
  const missing = pool.isError && isApiError(pool.error) && pool.error.status === 404;
  return (
    <Stack gap="lg">
      <AnchorLink to="/messages/coupons" size="sm" c="dimmed" w="fit-content" data-testid="back">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('detail.back')}
        </Group>
      </AnchorLink>
      {pool.isPending ? <Skeleton h={240} radius="md" /> : null}
      {missing ? <EmptyState icon={<IconTicketOff size={28} />} variant="light" title={t('detail.notFound')} description={t('detail.notFoundHint')} py={48} /> : null}
      {pool.isError && !missing ? <QueryError error={pool.error} onRetry={() => void pool.refetch()} /> : null}
      {pool.data ? <PoolView pool={pool.data} /> : null}
    </Stack>
  );
}

function PoolView({ pool }: { pool: CouponPool }) {
  const { t, i18n } = useTranslation('coupons');
  const number = new Intl.NumberFormat(i18n.language);
  const labels = usePoolLabels();
  const writable = canWrite(useRole());
  const codes = useCouponCodes(pool.id);
  const rows = flattenPages(codes.data);
  const stats: { key: 'value' | 'expiry' | 'codes' | 'issued' | 'redeemed'; value: string }[] = [
    { key: 'value', value: labels.value(pool) },
    { key: 'expiry', value: labels.expiry(pool) },
    { key: 'codes', value: number.format(pool.codes) },
    { key: 'issued', value: number.format(pool.issued) },
    { key: 'redeemed', value: number.format(pool.redeemed) },
  ];
  return (
    <>
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <Group justify="space-between" align="flex-start">
            <Group gap="sm">
              <Title order={3} data-testid="pool-title">
                {pool.name}
              </Title>
              <PoolKindBadge kind={pool.kind} />
              {pool.archivedAt ? (
                <Badge variant="light" color="gray" data-testid="pool-archived">
                  {t('archive.badge')}
                </Badge>
              ) : null}
            </Group>
            {writable ? <PoolActions pool={pool} /> : null}
          </Group>
          {pool.archivedAt ? (
            <Alert variant="light" color="orange" icon={<IconArchive size={16} />} p="xs">
              <Text size="sm">{t('archive.notice', { date: formatDate(pool.archivedAt, i18n.language) })}</Text>
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 2, sm: 5 }}>
            {stats.map((s) => (
              <Stack gap={0} key={s.key}>
                <Text size="xs" c="dimmed">
                  {t(`list.${s.key}`)}
                </Text>
                <Text fw={600} data-testid={`pool-${s.key}`}>
                  {s.value}
                </Text>
              </Stack>
            ))}
          </SimpleGrid>
          {pool.kind === 'generated' ? (
            <Alert variant="light" color="gray" icon={<IconInfoCircle size={16} />} p="xs">
              <Text size="sm">{t('detail.generatedHint', { prefix: pool.prefix ?? '' })}</Text>
            </Alert>
          ) : null}
        </Stack>
      </Paper>
      {pool.kind === 'uploaded' && writable ? <UploadCodesCard poolId={pool.id} /> : null}
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <Title order={5}>{t('codes.title')}</Title>
          {codes.isError ? <QueryError error={codes.error} onRetry={() => void codes.refetch()} /> : null}
          {codes.isPending ? <Skeleton h={120} radius="md" /> : null}
          {codes.isSuccess && rows.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="codes-empty">
              {pool.kind === 'generated' ? t('codes.emptyGenerated') : t('codes.emptyUploaded')}
            </Text>
          ) : null}
          {rows.length ? <CodesTable codes={rows} /> : null}
          <LoadMore hasNextPage={codes.hasNextPage} isFetchingNextPage={codes.isFetchingNextPage} onLoadMore={() => void codes.fetchNextPage()} />
        </Stack>
      </Paper>
    </>
  );
}
