import { Badge, Table, Text, Tooltip } from '@mantine/core';
import type { MessageTemplate } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { AnchorLink } from '../../../ui/AnchorLink';
import { ChannelBadge } from './ChannelBadge';

/** Templates with their channel, current version and last change. */
export function TemplatesTable({ templates }: { templates: MessageTemplate[] }) {
  const { t, i18n } = useTranslation('messaging');
  const lng = i18n.language;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="templates-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.name')}</Table.Th>
            <Table.Th>{t('list.channel')}</Table.Th>
            <Table.Th>{t('list.version')}</Table.Th>
            <Table.Th>{t('list.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {templates.map((tpl) => (
            <Table.Tr key={tpl.id} data-testid="template-row">
              <Table.Td>
                <AnchorLink to="/messages/templates/$templateId" params={{ templateId: tpl.id }} fw={500} size="sm">
                  {tpl.name}
                </AnchorLink>
                {Object.keys(tpl.localized).length ? (
                  <Text size="xs" c="dimmed">
                    {t('list.locales', { locales: Object.keys(tpl.localized).join(', ') })}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <ChannelBadge channel={tpl.channel} />
              </Table.Td>
              <Table.Td>
                <Badge variant="outline" color="gray">
                  {t('editor.version', { version: tpl.version })}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Tooltip label={formatDateTime(tpl.updatedAt, lng)}>
                  <Text size="sm" c="dimmed" component="span">
                    {formatRelative(tpl.updatedAt, lng)}
                  </Text>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
