import { Badge, EmptyState, Paper, Skeleton, Table, Text, Tooltip } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../../../../lib/format';
import { flattenPages } from '../../../../lib/pagination';
import { AnchorLink } from '../../../../ui/AnchorLink';
import { LoadMore } from '../../../../ui/LoadMore';
import { QueryError } from '../../../../ui/QueryError';
import { useSegmentHistory } from '../../api/members';

/** Who entered and who left, newest first. */
export function HistoryTab({ segmentId }: { segmentId: string }) {
  const { t, i18n } = useTranslation('segments');
  const query = useSegmentHistory(segmentId);
  const changes = flattenPages(query.data);
  return (
    <Paper withBorder radius="md" p="md">
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isPending ? <Skeleton h={160} radius="md" /> : null}
      {query.isSuccess && changes.length === 0 ? <EmptyState py={40} icon={<IconHistory size={26} />} variant="light" title={t('history.empty')} /> : null}
      {changes.length > 0 ? (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs" data-testid="history-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('history.contact')}</Table.Th>
                <Table.Th>{t('history.change')}</Table.Th>
                <Table.Th>{t('history.at')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.map((c) => (
                <Table.Tr key={`${c.contactId}-${c.change}-${c.at}`}>
                  <Table.Td>
                    <AnchorLink to="/contacts/$contactId" params={{ contactId: c.contactId }} size="sm">
                      {c.contactName || t('unnamed')}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={c.change === 'entered' ? 'teal' : 'orange'} radius="sm">
                      {t(`history.${c.change}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label={formatDateTime(c.at, i18n.language)}>
                      <Text size="sm" c="dimmed" component="span">
                        {formatRelative(c.at, i18n.language)}
                      </Text>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />
    </Paper>
  );
}
