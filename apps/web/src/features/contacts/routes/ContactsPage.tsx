import { Button, EmptyState, Group, Paper, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconDownload, IconPlus, IconSearch, IconUsers, IconX } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { buildUrl } from '../../../lib/api';
import { flattenPages } from '../../../lib/pagination';
import { LoadMore } from '../../../ui/LoadMore';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryError } from '../../../ui/QueryError';
import { canWrite, useRole } from '../../auth';
import { useContacts } from '../api/contacts';
import { ContactsTable } from '../components/ContactsTable';
import { NewContactModal } from '../components/NewContactModal';

const route = getRouteApi('/_app/contacts');

/** The contact list. Search, tag filter and the "new" dialog live in the URL. */
export function ContactsPage() {
  const { t } = useTranslation('contacts');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const writable = canWrite(useRole());
  const query = useContacts({ q: search.q, tag: search.tag });
  const contacts = flattenPages(query.data);
  const filtered = Boolean(search.q || search.tag);
  const searchInput = useRef<HTMLInputElement>(null);

  const setQ = useDebouncedCallback((q: string) => {
    void navigate({ search: (prev) => ({ ...prev, q: q.trim() || undefined }), replace: true });
  }, 300);
  const setTag = (tag: string | undefined) => void navigate({ search: (prev) => ({ ...prev, tag }) });
  const clearFilters = () => {
    if (searchInput.current) searchInput.current.value = '';
    void navigate({ search: {} });
  };
  const setNewOpen = (open: boolean) => void navigate({ search: (prev) => ({ ...prev, new: open || undefined }) });

  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={
          <Group gap="sm">
            <Button component="a" href={buildUrl('/api/v1/contacts/export', { q: search.q, tag: search.tag })} download variant="default" leftSection={<IconDownload size={16} />}>
              {t('list.export')}
            </Button>
            {writable ? (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setNewOpen(true)}>
                {t('list.new')}
              </Button>
            ) : null}
          </Group>
        }
      />
      <Paper withBorder radius="md" p="md">
        <Group mb="sm" align="flex-end" gap="sm">
          <TextInput
            label={t('list.search')}
            placeholder={t('list.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            ref={searchInput}
            defaultValue={search.q ?? ''}
            onChange={(e) => setQ(e.currentTarget.value)}
            type="search"
            style={{ flex: '1 1 280px' }}
            maw={420}
          />
          {search.tag ? (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('list.tagFilter')}
              </Text>
              <Button
                variant="light"
                rightSection={<IconX size={14} />}
                aria-label={`${t('list.clearTag')}: ${search.tag}`}
                onClick={() => setTag(undefined)}
              >
                {search.tag}
              </Button>
            </Stack>
          ) : null}
        </Group>
        {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
        {query.isPending ? <Skeleton h={240} radius="md" /> : null}
        {query.isSuccess && contacts.length === 0 ? (
          <EmptyState
            py={48}
            icon={<IconUsers size={28} />}
            variant="light"
            title={filtered ? t('list.noMatches') : t('list.empty')}
            description={filtered ? t('list.noMatchesHint') : t('list.emptyHint')}
          >
            {filtered ? (
              <EmptyState.Actions>
                <Button variant="default" leftSection={<IconX size={16} />} onClick={clearFilters}>
                  {t('list.clearFilters')}
                </Button>
              </EmptyState.Actions>
            ) : null}
          </EmptyState>
        ) : null}
        {contacts.length > 0 ? <ContactsTable contacts={contacts} onTagClick={setTag} /> : null}
        <LoadMore
          hasNextPage={query.hasNextPage}
          isFetchingNextPage={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()}
        />
      </Paper>
      {writable ? <NewContactModal opened={Boolean(search.new)} onClose={() => setNewOpen(false)} /> : null}
    </>
  );
}
