import { Alert, EmptyState, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconInbox, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { flattenPages } from '../../../lib/pagination';
import { LoadMore } from '../../../ui/LoadMore';
import { QueryError } from '../../../ui/QueryError';
import { useOutbox } from '../api/outbox';
import { OutboxTable } from '../components/OutboxTable';

/** Mail kept instead of sent while no SMTP server is configured, newest first. */
export function OutboxPage() {
  const { t } = useTranslation('messaging');
  const outbox = useOutbox();
  const rows = flattenPages(outbox.data);
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="md">
        <Alert variant="light" color="gray" icon={<IconInfoCircle size={16} />} p="xs">
          <Text size="sm">{t('outbox.explain')}</Text>
        </Alert>
        {outbox.isError ? <QueryError error={outbox.error} onRetry={() => void outbox.refetch()} /> : null}
        {outbox.isPending ? <Skeleton h={200} radius="md" /> : null}
        {outbox.isSuccess && rows.length === 0 ? <EmptyState py={48} icon={<IconInbox size={28} />} variant="light" title={t('outbox.empty')} description={t('outbox.emptyHint')} /> : null}
        {rows.length ? <OutboxTable messages={rows} /> : null}
        <LoadMore hasNextPage={outbox.hasNextPage} isFetchingNextPage={outbox.isFetchingNextPage} onLoadMore={() => void outbox.fetchNextPage()} />
      </Stack>
    </Paper>
  );
}
