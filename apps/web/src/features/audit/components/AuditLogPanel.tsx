import { Group, Select, Skeleton, Text } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { flattenPages } from '../../../lib/pagination';
import { LoadMore } from '../../../ui/LoadMore';
import { QueryError } from '../../../ui/QueryError';
import { useAuditLog } from '../api/audit-log';
import { AuditTable } from './AuditTable';
import { auditEntities, entityLabel } from './labels';

/** The workspace's audit log with an entity filter. */
export function AuditLogPanel() {
  const { t } = useTranslation('settings');
  const [entity, setEntity] = useState<string | null>(null);
  const query = useAuditLog({ entity: entity ?? undefined });
  const entries = flattenPages(query.data);
  const options = auditEntities.map((e) => ({ value: e, label: entityLabel(t, e) }));

  return (
    <>
      <Group mb="md">
        <Select
          label={t('audit.filterEntity')}
          placeholder={t('audit.allEntities')}
          data={options}
          value={entity}
          onChange={setEntity}
          clearable
          leftSection={<IconFilter size={16} />}
          w={240}
        />
      </Group>
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isPending ? <Skeleton h={200} radius="md" /> : null}
      {query.isSuccess && entries.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('audit.none')}
        </Text>
      ) : null}
      {entries.length > 0 ? <AuditTable entries={entries} /> : null}
      <LoadMore
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </>
  );
}
