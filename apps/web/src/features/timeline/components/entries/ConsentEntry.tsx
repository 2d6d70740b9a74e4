import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConsentData } from '../../entry-data';

const colors: Record<string, string> = { subscribed: 'teal', unsubscribed: 'red', unknown: 'gray' };
const known = <T extends string>(list: readonly T[], v: string | null): v is T => v !== null && (list as readonly string[]).includes(v);
const channels = ['email', 'sms', 'line', 'phone'] as const;
const statuses = ['subscribed', 'unsubscribed', 'unknown'] as const;
const sources = ['form', 'import', 'api', 'unsubscribe_link', 'manual'] as const;

/** Channel and new status as a title line; source and proof below. */
export function useConsentText(data: ConsentData) {
  const { t } = useTranslation('contacts');
  return {
    channel: known(channels, data.channel) ? t(`consent.channels.${data.channel}`) : data.channel,
    status: known(statuses, data.status) ? t(`consent.statuses.${data.status}`) : data.status,
    source: known(sources, data.source) ? t(`consent.sources.${data.source}`) : data.source,
  };
}

export function ConsentDetails({ data }: { data: ConsentData }) {
  const { t } = useTranslation('timeline');
  const text = useConsentText(data);
  return (
    <>
      <Group gap={6}>
        <Badge variant="light" radius="sm" color={colors[data.status] ?? 'gray'}>
          {text.status}
        </Badge>
        {text.source ? (
          <Text size="xs" c="dimmed">
            {t('consent.via', { source: text.source })}
          </Text>
        ) : null}
      </Group>
      {data.proofText ? (
        <Text size="xs" c="dimmed" mt={4} fs="italic" lineClamp={3}>
          {t('consent.proof', { text: data.proofText })}
        </Text>
      ) : null}
    </>
  );
}
