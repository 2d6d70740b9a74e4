import { Badge, Table, Text, Tooltip } from '@mantine/core';
import type { AuditEntry } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { ChangesList } from './ChangesList';
import { actionColor, entityLabel } from './labels';

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t, i18n } = useTranslation('settings');
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.time')}</Table.Th>
            <Table.Th>{t('audit.actor')}</Table.Th>
            <Table.Th>{t('audit.action')}</Table.Th>
            <Table.Th>{t('audit.entity')}</Table.Th>
            <Table.Th>{t('audit.entityId')}</Table.Th>
            <Table.Th>{t('audit.changes')}</Table.Th>
            <Table.Th>{t('audit.via')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={e.id} style={{ verticalAlign: 'top' }}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Tooltip label={formatDateTime(e.createdAt, i18n.language)}>
                  <Text size="sm">{formatRelative(e.createdAt, i18n.language)}</Text>
                </Tooltip>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{e.actorLabel}</Text>
                <Text size="xs" c="dimmed">
                  {t(`audit.actorType.${e.actorType}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={actionColor[e.action]} radius="sm">
                  {t(`audit.actions.${e.action}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{entityLabel(t, e.entity)}</Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace">
                  {e.entityId}
                </Text>
              </Table.Td>
              <Table.Td>
                <ChangesList changes={e.changes} />
              </Table.Td>
              <Table.Td>
                <Badge variant="outline" color="gray" radius="sm">
                  {t(`audit.viaLabel.${e.via}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
