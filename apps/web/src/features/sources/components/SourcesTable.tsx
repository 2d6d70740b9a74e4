import { Badge, Button, Group, Switch, Table, Text, Tooltip } from '@mantine/core';
import type { Source } from '@rapport/contracts';
import { IconAlertTriangle, IconCode } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatRelative } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { CopyText } from '../../../ui/CopyText';
import { useRotateSourceKey } from '../api/rotate-source-key';
import { useUpdateSource } from '../api/update-source';

interface SourcesTableProps {
  sources: Source[];
  /** Managers and above; everyone else reads. */
  editable: boolean;
  onShowSnippet: (id: string) => void;
  onShowRejects: (id: string) => void;
}

export function SourcesTable({ sources, editable, onShowSnippet, onShowRejects }: SourcesTableProps) {
  const { t, i18n } = useTranslation('events');
  const update = useUpdateSource();
  const rotate = useRotateSourceKey();
  const lng = i18n.language;

  const onRotate = (source: Source) =>
    rotate.mutateAsync(source.id, { onSuccess: () => notifySuccess(t('sources.rotated', { name: source.name })) });

  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="sources-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sources.name')}</Table.Th>
            <Table.Th>{t('sources.writeKey')}</Table.Th>
            <Table.Th>{t('sources.enabled')}</Table.Th>
            <Table.Th>{t('sources.lastEvent')}</Table.Th>
            <Table.Th>{t('sources.created')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sources.map((source) => (
            <Table.Tr key={source.id} opacity={source.isEnabled ? 1 : 0.6}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {source.name}
                </Text>
                <Badge size="xs" variant="light" color="gray" radius="sm">
                  {t(`sources.kinds.${source.kind}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <CopyText value={source.writeKey} />
              </Table.Td>
              <Table.Td>
                <Switch
                  checked={source.isEnabled}
                  disabled={!editable || (update.isPending && update.variables.id === source.id)}
                  aria-label={t('sources.enabledOf', { name: source.name })}
                  onChange={(e) => update.mutate({ id: source.id, isEnabled: e.currentTarget.checked })}
                />
              </Table.Td>
              <Table.Td>
                {source.lastEventAt ? (
                  <Tooltip label={formatDateTime(source.lastEventAt, lng)}>
                    <Text size="sm" w="fit-content">
                      {formatRelative(source.lastEventAt, lng)}
                    </Text>
                  </Tooltip>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('sources.noEvents')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(source.createdAt, lng)}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  <Button size="xs" variant="light" leftSection={<IconCode size={14} />} onClick={() => onShowSnippet(source.id)}>
                    {t('sources.install')}
                  </Button>
                  <Button size="xs" variant="subtle" color="gray" leftSection={<IconAlertTriangle size={14} />} onClick={() => onShowRejects(source.id)}>
                    {t('sources.rejects')}
                  </Button>
                  {editable ? (
                    <ConfirmButton
                      size="xs"
                      variant="subtle"
                      label={t('sources.rotate')}
                      title={t('sources.rotateTitle')}
                      message={t('sources.rotateMessage', { name: source.name })}
                      confirmLabel={t('sources.rotate')}
                      loading={rotate.isPending && rotate.variables === source.id}
                      onConfirm={() => onRotate(source)}
                    />
                  ) : null}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
