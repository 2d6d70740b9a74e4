import { Badge, Group, Paper, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { consentStatuses, type ConsentState, type ConsentStatus } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { QueryError } from '../../../ui/QueryError';
import { useConsents, useSetConsent } from '../api/consents';

const colors: Record<ConsentStatus, string> = { subscribed: 'teal', unsubscribed: 'red', unknown: 'gray' };

/** Consent per channel. Each change is recorded with who made it; the history is in the record's audit log. */
export function ConsentCard({ contactId, writable }: { contactId: string; writable: boolean }) {
  const { t, i18n } = useTranslation('contacts');
  const consents = useConsents(contactId);
  const set = useSetConsent(contactId);

  const row = (c: ConsentState) => (
    <Group key={c.channel} justify="space-between" wrap="wrap" gap="xs">
      <div>
        <Text fw={500}>{t(`consent.channels.${c.channel}`)}</Text>
        <Text size="xs" c="dimmed">
          {c.changedAt ? t('consent.changed', { when: formatDateTime(c.changedAt, i18n.language), source: t(`consent.sources.${c.source ?? 'manual'}`) }) : t('consent.never')}
        </Text>
      </div>
      {writable ? (
        <SegmentedControl
          size="xs"
          aria-label={t(`consent.channels.${c.channel}`)}
          value={c.status}
          disabled={set.isPending}
          data={consentStatuses.map((s) => ({ value: s, label: t(`consent.statuses.${s}`) }))}
          onChange={(status) => set.mutate({ channel: c.channel, status: status as ConsentStatus })}
        />
      ) : (
        <Badge color={colors[c.status]} variant="light">
          {t(`consent.statuses.${c.status}`)}
        </Badge>
      )}
    </Group>
  );

  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={4} mb="md">
        {t('consent.title')}
      </Title>
      {consents.isPending ? (
        <Skeleton h={160} />
      ) : consents.isError ? (
        <QueryError error={consents.error} onRetry={() => void consents.refetch()} />
      ) : (
        <Stack gap="sm">{consents.data.map(row)}</Stack>
      )}
    </Paper>
  );
}
