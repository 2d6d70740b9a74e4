import { Badge, Button, Group, Skeleton, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ApiKey, CreatedApiKey } from '@rapport/contracts';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatRelative } from '../../../lib/format';
import { flattenPages } from '../../../lib/pagination';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { LoadMore } from '../../../ui/LoadMore';
import { QueryError } from '../../../ui/QueryError';
import { useApiKeys } from '../api/api-keys';
import { useRevokeApiKey } from '../api/revoke-api-key';
import { ApiKeySecretModal } from './ApiKeySecretModal';
import { CreateApiKeyModal } from './CreateApiKeyModal';

export function ApiKeysPanel() {
  const { t } = useTranslation('settings');
  const [createOpened, createModal] = useDisclosure(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const query = useApiKeys();
  const keys = flattenPages(query.data);

  return (
    <>
      <Group justify="space-between" mb="md">
        <Text size="sm" c="dimmed" maw={560}>
          {t('apiKeys.description')}
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={createModal.open}>
          {t('apiKeys.new')}
        </Button>
      </Group>
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isPending ? <Skeleton h={120} radius="md" /> : null}
      {query.isSuccess && keys.length === 0 ? (
        <Group gap="xs" c="dimmed">
          <IconKey size={18} />
          <Text size="sm">{t('apiKeys.none')}</Text>
        </Group>
      ) : null}
      {keys.length > 0 ? <ApiKeysTable keys={keys} /> : null}
      <LoadMore
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
      <CreateApiKeyModal opened={createOpened} onClose={createModal.close} onCreated={setCreated} />
      <ApiKeySecretModal apiKey={created} onClose={() => setCreated(null)} />
    </>
  );
}

function ApiKeysTable({ keys }: { keys: ApiKey[] }) {
  const { t, i18n } = useTranslation('settings');
  const revoke = useRevokeApiKey();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('apiKeys.name')}</Table.Th>
            <Table.Th>{t('apiKeys.start')}</Table.Th>
            <Table.Th>{t('apiKeys.scopes')}</Table.Th>
            <Table.Th>{t('apiKeys.created')}</Table.Th>
            <Table.Th>{t('apiKeys.lastUsed')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {keys.map((key) => (
            <Table.Tr key={key.id} opacity={key.enabled ? 1 : 0.55}>
              <Table.Td fw={500}>{key.name}</Table.Td>
              <Table.Td>
                <Text ff="monospace" size="sm">
                  {key.start ? `${key.start}…` : '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {key.scopes.map((s) => (
                    <Badge key={s} variant="light" radius="sm" size="sm">
                      {t(`apiKeys.scope.${s}`)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{formatDate(key.createdAt, i18n.language)}</Table.Td>
              <Table.Td>{key.lastUsedAt ? formatRelative(key.lastUsedAt, i18n.language) : t('apiKeys.never')}</Table.Td>
              <Table.Td>
                <Group justify="flex-end">
                  <ConfirmButton
                    size="xs"
                    variant="subtle"
                    label={t('apiKeys.revoke')}
                    title={t('apiKeys.revokeTitle')}
                    message={t('apiKeys.revokeMessage', { name: key.name })}
                    confirmLabel={t('apiKeys.revoke')}
                    loading={revoke.isPending && revoke.variables === key.id}
                    onConfirm={() => revoke.mutateAsync(key.id)}
                  />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
