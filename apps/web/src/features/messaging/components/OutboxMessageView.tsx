import { Badge, Code, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import type { OutboxMessage } from '@rapport/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { ChannelBadge } from './ChannelBadge';
import { HtmlFrame } from './HtmlFrame';

type Part = 'html' | 'text' | 'headers';

const text = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

const extraHeaders = (v: unknown): [string, string | null][] =>
  v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v).map(([k, x]) => [k, text(x)]) : [];

/** A kept message as it would have left: the HTML, the text part, or its headers. */
export function OutboxMessageView({ message }: { message: OutboxMessage }) {
  const { t, i18n } = useTranslation('messaging');
  const m = message.message;
  const html = text(m.html);
  const [part, setPart] = useState<Part>(html ? 'html' : 'text');
  const headers: [string, string | null][] = [
    [t('outbox.from'), text(m.from)],
    [t('outbox.replyTo'), text(m.replyTo)],
    [t('outbox.to'), message.recipient],
    [t('outbox.subject'), message.subject],
    [t('email.preheader'), text(m.preheader)],
    [t('outbox.date'), formatDateTime(message.createdAt, i18n.language)],
    [t('outbox.id'), message.id],
    // Headers the send added (List-Unsubscribe and the like), as they would go out.
    ...extraHeaders(m.headers),
  ];
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Stack gap={4}>
          <Group gap="xs">
            <ChannelBadge channel={message.channel} />
            {message.test ? (
              <Badge size="sm" color="yellow" variant="light">
                {t('outbox.test')}
              </Badge>
            ) : null}
          </Group>
          <Title order={3} data-testid="outbox-subject" style={{ overflowWrap: 'anywhere' }}>
            {message.subject ?? t('outbox.noSubject')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('outbox.fromTo', { from: text(m.from) ?? '—', to: message.recipient })}
          </Text>
        </Stack>
      </Paper>
      <SegmentedControl
        w="fit-content"
        value={part}
        onChange={(v) => setPart(v as Part)}
        data={[
          { value: 'html', label: t('outbox.html'), disabled: !html },
          { value: 'text', label: t('outbox.text') },
          { value: 'headers', label: t('outbox.headers') },
        ]}
        data-testid="outbox-part"
      />
      {part === 'html' && html ? <HtmlFrame html={html} title={t('outbox.html')} height={680} testId="outbox-html" /> : null}
      {part === 'text' ? (
        <Code block data-testid="outbox-text" style={{ whiteSpace: 'pre-wrap' }}>
          {text(m.text) ?? JSON.stringify(m, null, 2)}
        </Code>
      ) : null}
      {part === 'headers' ? (
        <Paper withBorder radius="md" p="xs">
          <Table data-testid="outbox-headers">
            <Table.Tbody>
              {headers
                .filter(([, v]) => v)
                .map(([k, v]) => (
                  <Table.Tr key={k}>
                    <Table.Th w={160}>{k}</Table.Th>
                    <Table.Td ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                      {v}
                    </Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ) : null}
    </Stack>
  );
}
