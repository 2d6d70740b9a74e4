import { Button, EmptyState, Group, Paper, Select, Skeleton, Stack, TextInput } from '@mantine/core';
import { eventTypes, type EventType } from '@rapport/contracts';
import { IconActivity, IconSearch } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryError } from '../../../ui/QueryError';
import { useEventCatalog } from '../api/event-catalog';
import { filterCatalog } from '../catalog';
import { EventCatalogTable } from '../components/EventCatalogTable';
import { RecentEventsDrawer } from '../components/RecentEventsDrawer';

const route = getRouteApi('/_app/events');

/** Every event name the workspace has received, with counts and property keys; a name opens its latest events. */
export function EventsPage() {
  const { t } = useTranslation(['events', 'common']);
  // The open event lives in the URL, so a link to it can be shared.
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [q, setQ] = useState('');
  const [type, setType] = useState<EventType | null>(null);
  const catalog = useEventCatalog();
  const entries = catalog.data ?? [];
  const shown = filterCatalog(entries, q, type);
  const selected = search.type ? { type: search.type, name: search.name ?? '' } : null;

  return (
    <>
      <PageHeader title={t('catalog.title')} description={t('catalog.description')} />
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <Group gap="sm" wrap="wrap">
            <TextInput
              leftSection={<IconSearch size={16} />}
              placeholder={t('catalog.search')}
              aria-label={t('catalog.search')}
              value={q}
              onChange={(e) => setQ(e.currentTarget.value)}
              w={{ base: '100%', sm: 320 }}
            />
            <Select
              aria-label={t('catalog.type')}
              placeholder={t('catalog.allTypes')}
              clearable
              data={eventTypes.map((value) => ({ value, label: t(`common:eventTypes.${value}`) }))}
              value={type}
              onChange={(v) => setType(v as EventType | null)}
              w={180}
            />
          </Group>
          {catalog.isError ? <QueryError error={catalog.error} onRetry={() => void catalog.refetch()} /> : null}
          {catalog.isPending ? <Skeleton h={240} radius="md" /> : null}
          {catalog.isSuccess && entries.length === 0 ? (
            <EmptyState py={48} icon={<IconActivity size={28} />} variant="light" title={t('catalog.empty')} description={t('catalog.emptyHint')}>
              <EmptyState.Actions>
                <Button component={Link} to="/settings/sources" variant="light">
                  {t('catalog.goToSources')}
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          ) : null}
          {entries.length > 0 && shown.length === 0 ? <EmptyState py={32} variant="light" title={t('catalog.noMatch')} /> : null}
          {shown.length > 0 ? (
            <EventCatalogTable entries={shown} onSelect={(entry) => void navigate({ search: { type: entry.type, name: entry.name } })} />
          ) : null}
        </Stack>
      </Paper>
      <RecentEventsDrawer selected={selected} onClose={() => void navigate({ search: {} })} />
    </>
  );
}
