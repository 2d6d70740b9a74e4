import { Badge, Group, Paper, SegmentedControl, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { sendStatuses, type MessageSend } from '@rapport/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../lib/format';
import { flattenPages } from '../../../../lib/pagination';
import { AnchorLink } from '../../../../ui/AnchorLink';
import { LoadMore } from '../../../../ui/LoadMore';
import { QueryError } from '../../../../ui/QueryError';
import { useCampaignMessages } from '../../api/messages';
import { splitReason } from '../../model/reasons';

type Status = MessageSend['status'];
const colors: Record<Status, string> = { queued: 'gray', sending: 'blue', sent: 'teal', skipped: 'orange', failed: 'red' };

/** The campaign's messages, newest first, by status, with why each was skipped or failed. */
export function MessagesCard({ campaignId, live }: { campaignId: string; live: boolean }) {
  const { t, i18n } = useTranslation('campaigns');
  const lng = i18n.language;
  const [status, setStatus] = useState<Status | 'all'>('all');
  const messages = useCampaignMessages(campaignId, status === 'all' ? undefined : status, live);
  const rows = flattenPages(messages.data);
  const reason = (r: string) => {
    const { key, detail } = splitReason(r);
    return key ? (detail ? `${t(`reasons.${key}`)} (${detail})` : t(`reasons.${key}`)) : detail;
  };

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Title order={5}>{t('messages.title')}</Title>
          <SegmentedControl
            size="xs"
            value={status}
            onChange={(v) => setStatus(v as Status | 'all')}
            data={[{ value: 'all', label: t('messages.all') }, ...sendStatuses.map((s) => ({ value: s, label: t(`messages.statuses.${s}`) }))]}
            data-testid="messages-status"
          />
        </Group>
        {messages.isError ? <QueryError error={messages.error} onRetry={() => void messages.refetch()} /> : null}
        {messages.isPending ? <Skeleton h={120} radius="md" /> : null}
        {messages.isSuccess && rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('messages.empty')}
          </Text>
        ) : null}
        {rows.length ? (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing={6} data-testid="campaign-messages">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('messages.recipient')}</Table.Th>
                  <Table.Th>{t('messages.variant')}</Table.Th>
                  <Table.Th>{t('messages.status')}</Table.Th>
                  <Table.Th>{t('messages.time')}</Table.Th>
                  <Table.Th>{t('messages.engagement')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((m) => (
                  <Table.Tr key={m.id} data-testid="campaign-message" data-status={m.status}>
                    <Table.Td>
                      <AnchorLink to="/contacts/$contactId" params={{ contactId: m.contactId }} size="sm" ff={m.recipient ? 'monospace' : undefined}>
                        {m.recipient ?? t('messages.contact')}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{m.variant}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={colors[m.status]}>
                        {t(`messages.statuses.${m.status}`)}
                      </Badge>
                      {m.reason ? (
                        <Text size="xs" c="dimmed" data-testid="message-reason" data-reason={m.reason}>
                          {reason(m.reason)}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {formatDateTime(m.sentAt ?? m.dueAt, lng)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {(['openedAt', 'clickedAt', 'convertedAt', 'unsubscribedAt', 'bouncedAt'] as const).map((k) =>
                          m[k] ? (
                            <Badge key={k} size="xs" variant="outline" color={k === 'bouncedAt' || k === 'unsubscribedAt' ? 'red' : 'teal'}>
                              {t(`messages.events.${k}`)}
                            </Badge>
                          ) : null,
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
        <LoadMore hasNextPage={messages.hasNextPage} isFetchingNextPage={messages.isFetchingNextPage} onLoadMore={() => void messages.fetchNextPage()} />
      </Stack>
    </Paper>
  );
}
