import { Badge, Drawer, EmptyState, Skeleton, Spoiler, Table, Text } from '@mantine/core';
import type { Source } from '@rapport/contracts';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { LoadMore } from '../../../ui/LoadMore';
import { QueryError } from '../../../ui/QueryError';
import { useSourceRejects } from '../api/source-rejects';

/** Events a source sent in the last 7 days that were refused or stored with a warning, with the reasons. */
export function SourceRejectsDrawer({ source, onClose }: { source: Source | null; onClose: () => void }) {
  const { t } = useTranslation('events');
  return (
    <Drawer opened={source !== null} onClose={onClose} position="right" size="min(1080px, 100%)" title={source ? t('rejects.title', { name: source.name }) : ''}>
      <Text size="sm" c="dimmed" mb="md">
        {t('rejects.description')}
      </Text>
      {source ? <RejectsTable sourceId={source.id} /> : null}
    </Drawer>
  );
}

function RejectsTable({ sourceId }: { sourceId: string }) {
  const { t, i18n } = useTranslation('events');
  const query = useSourceRejects(sourceId);
  const rejects = query.data?.pages.flatMap((p) => p.data) ?? [];

  if (query.isPending) return <Skeleton h={160} radius="md" />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (rejects.length === 0) {
    return <EmptyState icon={<IconCircleCheck size={26} />} variant="light" title={t('rejects.empty')} description={t('rejects.emptyHint')} py={40} />;
  }
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" striped data-testid="source-rejects">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rejects.time')}</Table.Th>
              <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('rejects.index')}</Table.Th>
              <Table.Th>{t('rejects.messageId')}</Table.Th>
              <Table.Th>{t('rejects.reason')}</Table.Th>
              <Table.Th>{t('rejects.payload')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rejects.map((r) => {
              const warning = r.outcome === 'stored_with_warning';
              return (
                <Table.Tr key={r.id} style={{ verticalAlign: 'top' }}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{formatDateTime(r.receivedAt, i18n.language)}</Text>
                  </Table.Td>
                  <Table.Td>{warning ? '—' : r.index}</Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                      {r.messageId ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td miw={220}>
                    <Badge size="xs" variant="light" color={warning ? 'yellow' : 'red'} mb={4}>
                      {warning ? t('rejects.storedWithWarning') : t('rejects.refused')}
                    </Badge>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {r.reason}
                    </Text>
                  </Table.Td>
                  <Table.Td maw={360}>
                    {r.payload ? (
                      <Spoiler maxHeight={54} showLabel={t('rejects.showMore')} hideLabel={t('rejects.showLess')} fz="xs">
                        <Text size="xs" ff="monospace" c="dimmed" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
                          {r.payload}
                        </Text>
                      </Spoiler>
                    ) : (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />
    </>
  );
}
