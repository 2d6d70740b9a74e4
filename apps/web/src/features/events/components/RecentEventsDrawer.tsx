import { Alert, Drawer, EmptyState, Group, Paper, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import type { EventType, StoredEvent } from '@rapport/contracts';
import { IconInbox, IconInfoCircle, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { flattenPages } from '../../../lib/pagination';
import { AnchorLink } from '../../../ui/AnchorLink';
import { EventTypeBadge } from '../../../ui/EventType';
import { LoadMore } from '../../../ui/LoadMore';
import { PropertiesPreview } from '../../../ui/PropertiesPreview';
import { QueryError } from '../../../ui/QueryError';
import { useEvents } from '../api/events';

interface Selected {
  type: EventType;
  /** '' for calls without a name. */
  name: string;
}

/** The latest events of one name, each with its properties and who sent it. */
export function RecentEventsDrawer({ selected, onClose }: { selected: Selected | null; onClose: () => void }) {
  const { t } = useTranslation('events');
  const title = selected ? (
    <Group gap="xs">
      <Text fw={600}>{selected.name || t(`catalog.unnamed.${selected.type}`)}</Text>
      <EventTypeBadge type={selected.type} />
    </Group>
  ) : null;
  return (
    <Drawer opened={selected !== null} onClose={onClose} position="right" size="lg" title={title}>
      {selected ? <RecentEvents selected={selected} /> : null}
    </Drawer>
  );
}

function RecentEvents({ selected }: { selected: Selected }) {
  const { t } = useTranslation('events');
  const query = useEvents({ type: selected.type, name: selected.name || undefined });
  // The API can't ask for "no name", so unnamed calls are picked out of all calls of the type.
  const events = flattenPages(query.data).filter((e) => selected.name || !e.name);

  if (query.isPending) return <Skeleton h={200} radius="md" />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Stack gap="sm">
      {!selected.name ? (
        <Alert variant="light" color="gray" icon={<IconInfoCircle size={16} />} p="xs">
          <Text size="xs">{t('recent.unnamedHint')}</Text>
        </Alert>
      ) : null}
      {events.length === 0 ? <EmptyState icon={<IconInbox size={26} />} variant="light" title={t('recent.empty')} py={32} /> : null}
      {events.map((event) => (
        <EventCard key={event.id} event={event} />
      ))}
      <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />
    </Stack>
  );
}

function EventCard({ event }: { event: StoredEvent }) {
  const { t, i18n } = useTranslation('events');
  const values = event.type === 'identify' || event.type === 'group' ? { ...event.traits, ...event.properties } : event.properties;
  return (
    <Paper withBorder radius="md" p="sm">
      <Group justify="space-between" wrap="nowrap" align="baseline" mb={4}>
        {event.contactId ? (
          <AnchorLink to="/contacts/$contactId" params={{ contactId: event.contactId }} size="sm" fw={500}>
            <Group gap={4} wrap="nowrap">
              <IconUser size={14} />
              {event.userId ? t('recent.contactWithId', { id: event.userId }) : t('recent.contact')}
            </Group>
          </AnchorLink>
        ) : (
          <Text size="sm" c="dimmed" truncate="end">
            {t('recent.anonymous', { id: event.anonymousId ?? '—' })}
          </Text>
        )}
        <Tooltip label={formatDateTime(event.timestamp, i18n.language)}>
          <Text component="time" dateTime={event.timestamp} size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {formatRelative(event.timestamp, i18n.language)}
          </Text>
        </Tooltip>
      </Group>
      <PropertiesPreview values={values} />
    </Paper>
  );
}
