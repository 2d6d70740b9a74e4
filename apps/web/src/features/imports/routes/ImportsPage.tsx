import { Button, EmptyState, Paper, Skeleton } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { flattenPages } from '../../../lib/pagination';
import { LoadMore } from '../../../ui/LoadMore';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryError } from '../../../ui/QueryError';
import { canWrite, useRole } from '../../auth';
import { useImports } from '../api/imports';
import { ImportsTable } from '../components/ImportsTable';

/** Past imports, newest first. */
export function ImportsPage() {
  const { t } = useTranslation('imports');
  const writable = canWrite(useRole());
  const query = useImports();
  const imports = flattenPages(query.data);
  const newButton = writable ? (
    <Button component={Link} to="/imports/new" leftSection={<IconPlus size={16} />} data-testid="import-new">
      {t('list.new')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title={t('list.title')} description={t('list.description')} actions={newButton} />
      <Paper withBorder radius="md" p="md">
        {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
        {query.isPending ? <Skeleton h={200} radius="md" /> : null}
        {query.isSuccess && imports.length === 0 ? (
          <EmptyState py={48} icon={<IconFileImport size={28} />} variant="light" title={t('list.empty')} description={t('list.emptyHint')}>
            {newButton ? <EmptyState.Actions>{newButton}</EmptyState.Actions> : null}
          </EmptyState>
        ) : null}
        {imports.length > 0 ? <ImportsTable imports={imports} /> : null}
        <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />
      </Paper>
    </>
  );
}
