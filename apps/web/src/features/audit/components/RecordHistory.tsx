import { Badge, Group, Skeleton, Text, Timeline, Tooltip } from '@mantine/core';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { flattenPages } from '../../../lib/pagination';
import { LoadMore } from '../../../ui/LoadMore';
import { QueryError } from '../../../ui/QueryError';
import { useAuditLog } from '../api/audit-log';
import { ChangesList } from './ChangesList';
import { actionColor } from './labels';

const icons = { create: IconPlus, update: IconEdit, delete: IconTrash };

/** The change history of one record, as a timeline. */
export function RecordHistory({ entity, entityId }: { entity: string; entityId: string }) {
  const { t, i18n } = useTranslation('settings');
  const query = useAuditLog({ entity, entityId }, 20);
  const entries = flattenPages(query.data);

  if (query.isError) {
    // Roles that may not read the audit log simply don't see the history.
    if (isApiError(query.error) && query.error.status === 403) {
      return (
        <Text size="sm" c="dimmed">
          {t('audit.noAccess')}
        </Text>
      );
    }
    return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (query.isPending) return <Skeleton h={120} radius="md" />;
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('audit.noHistory')}
      </Text>
    );
  }
  return (
    <>
      <Timeline bulletSize={26} lineWidth={2}>
        {entries.map((e) => {
          const Icon = icons[e.action];
          return (
            <Timeline.Item
              key={e.id}
              color={actionColor[e.action]}
              bullet={<Icon size={14} />}
              title={
                <Group gap="xs">
                  <Text size="sm" fw={500}>
                    {t(`audit.summary.${e.action}`, { actor: e.actorLabel })}
                  </Text>
                  <Badge variant="outline" color="gray" size="xs" radius="sm">
                    {t(`audit.viaLabel.${e.via}`)}
                  </Badge>
                </Group>
              }
            >
              <Tooltip label={formatDateTime(e.createdAt, i18n.language)}>
                <Text size="xs" c="dimmed" mb={4} w="fit-content">
                  {formatRelative(e.createdAt, i18n.language)}
                </Text>
              </Tooltip>
              {e.action === 'delete' ? null : <ChangesList changes={e.changes} />}
            </Timeline.Item>
          );
        })}
      </Timeline>
      <LoadMore
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </>
  );
}
