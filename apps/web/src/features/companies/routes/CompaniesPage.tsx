import { Button, EmptyState, Group, Paper, Skeleton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconBuildingSkyscraper, IconPlus, IconSearch, IconX } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { flattenPages } from '../../../lib/pagination';
import { LoadMore } from '../../../ui/LoadMore';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryError } from '../../../ui/QueryError';
import { canWrite, useRole } from '../../auth';
import { useCompanies } from '../api/companies';
import { CompaniesTable } from '../components/CompaniesTable';
import { CompanyFormModal } from '../components/CompanyFormModal';
import { ImportButton } from '../../imports';

const route = getRouteApi('/_app/companies');

/** The company list. The search and the "new" dialog live in the URL. */
export function CompaniesPage() {
  const { t } = useTranslation('companies');
  const search = route.useSearch();
  const setSearch = route.useNavigate();
  const navigate = useNavigate();
  const writable = canWrite(useRole());
  const query = useCompanies({ q: search.q });
  const companies = flattenPages(query.data);
  const searchInput = useRef<HTMLInputElement>(null);

  const setQ = useDebouncedCallback((q: string) => {
    void setSearch({ search: (prev) => ({ ...prev, q: q.trim() || undefined }), replace: true });
  }, 300);
  const clear = () => {
    if (searchInput.current) searchInput.current.value = '';
    void setSearch({ search: {} });
  };
  const setNewOpen = (open: boolean) => void setSearch({ search: (prev) => ({ ...prev, new: open || undefined }) });

  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={
          writable ? (
            <>
              <ImportButton entity="companies" />
              <Button leftSection={<IconPlus size={16} />} onClick={() => setNewOpen(true)}>
                {t('list.new')}
              </Button>
            </>
          ) : null
        }
      />
      <Paper withBorder radius="md" p="md">
        <Group mb="sm">
          <TextInput
            aria-label={t('list.search')}
            placeholder={t('list.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            ref={searchInput}
            defaultValue={search.q ?? ''}
            onChange={(e) => setQ(e.currentTarget.value)}
            type="search"
            style={{ flex: '1 1 280px' }}
            maw={420}
          />
        </Group>
        {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
        {query.isPending ? <Skeleton h={240} radius="md" /> : null}
        {query.isSuccess && companies.length === 0 ? (
          <EmptyState
            py={48}
            icon={<IconBuildingSkyscraper size={28} />}
            variant="light"
            title={search.q ? t('list.noMatches') : t('list.empty')}
            description={search.q ? t('list.noMatchesHint') : t('list.emptyHint')}
          >
            {search.q ? (
              <EmptyState.Actions>
                <Button variant="default" leftSection={<IconX size={16} />} onClick={clear}>
                  {t('list.clearSearch')}
                </Button>
              </EmptyState.Actions>
            ) : null}
          </EmptyState>
        ) : null}
        {companies.length > 0 ? <CompaniesTable companies={companies} /> : null}
        <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />
      </Paper>
      {writable ? (
        <CompanyFormModal
          opened={Boolean(search.new)}
          onClose={() => setNewOpen(false)}
          onCreated={(c) => void navigate({ to: '/companies/$companyId', params: { companyId: c.id } })}
        />
      ) : null}
    </>
  );
}
