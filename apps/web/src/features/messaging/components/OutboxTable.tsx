import { Badge, Table, Text, Tooltip } from '@mantine/core';
import type { OutboxMessage } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { AnchorLink } from '../../../ui/AnchorLink';
import { ChannelBadge } from './ChannelBadge';

/** Kept messages: to whom, about what, on which channel, whether a test, and when. */
export function OutboxTable({ messages }: { messages: OutboxMessage[] }) {
  const { t, i18n } = useTranslation('messaging');
  const lng = i18n.language;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="outbox-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('outbox.recipient')}</Table.Th>
            <Table.Th>{t('outbox.subject')}</Table.Th>
            <Table.Th>{t('list.channel')}</Table.Th>
            <Table.Th />
            <Table.Th>{t('outbox.time')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {messages.map((m) => (
            <Table.Tr key={m.id} data-testid="outbox-row">
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {m.recipient}
                </Text>
              </Table.Td>
              <Table.Td maw={420}>
                <AnchorLink to="/messages/outbox/$messageId" params={{ messageId: m.id }} size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {m.subject ?? t('outbox.noSubject')}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                <ChannelBadge channel={m.channel} />
              </Table.Td>
              <Table.Td>
                {m.test ? (
                  <Badge size="sm" color="yellow" variant="light" data-testid="outbox-test">
                    {t('outbox.test')}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Tooltip label={formatDateTime(m.createdAt, lng)}>
                  <Text size="sm" c="dimmed" component="span">
                    {formatRelative(m.createdAt, lng)}
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
