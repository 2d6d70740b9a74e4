import { Alert, Button, Group, Paper, Skeleton, Stack } from '@mantine/core';
import type { Import } from '@rapport/contracts';
import { IconAlertTriangle, IconArrowLeft, IconPlayerStop } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { AnchorLink } from '../../../ui/AnchorLink';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryError } from '../../../ui/QueryError';
import { canWrite, useRole } from '../../auth';
import { useCancelImport } from '../api/cancel-import';
import { useImport } from '../api/import';
import { ButtonLink } from '../components/ButtonLink';
import { ImportCounts } from '../components/ImportCounts';
import { ImportProgress } from '../components/ImportProgress';
import { ImportTotals } from '../components/ImportTotals';
import { RejectsTable } from '../components/RejectsTable';
import { isImportActive, isImportEditable } from '../import-status';

const route = getRouteApi('/_app/imports/$importId');

/** One import: live progress while it runs, then its totals and rejected rows. */
export function ImportPage() {
  const { t } = useTranslation('imports');
  const { importId } = route.useParams();
  const query = useImport(importId);
  const back = (
    <AnchorLink to="/imports" size="sm" c="dimmed" w="fit-content">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {t('list.title')}
      </Group>
    </AnchorLink>
  );
  if (query.isPending) return <Skeleton h={320} radius="md" />;
  if (query.isError) {
    return (
      <Stack>
        {back}
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      {back}
      <ImportResult imp={query.data} />
    </Stack>
  );
}

function ImportResult({ imp }: { imp: Import }) {
  const { t, i18n } = useTranslation('imports');
  const writable = canWrite(useRole());
  const cancel = useCancelImport(imp.id);
  const active = isImportActive(imp.status);
  const finished = imp.status === 'completed' || imp.status === 'failed' || imp.status === 'cancelled';
  return (
    <>
      <PageHeader
        title={imp.filename}
        description={t('result.meta', { entity: t(`entities.${imp.entity}`), created: formatDateTime(imp.createdAt, i18n.language) })}
        actions={
          active && writable ? (
            <Button color="red" variant="light" leftSection={<IconPlayerStop size={16} />} loading={cancel.isPending} onClick={() => cancel.mutate()} data-testid="import-cancel">
              {t('result.cancel')}
            </Button>
          ) : isImportEditable(imp) && writable ? (
            <ButtonLink to="/imports/new" search={{ id: imp.id, step: 1, entity: imp.entity }} variant="default">
              {t('result.continue')}
            </ButtonLink>
          ) : null
        }
      />
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <ImportProgress imp={imp} />
          <ImportCounts counts={imp.counts} dryRun={imp.isDryRun} />
          {finished ? <ImportTotals counts={imp.counts} /> : null}
          {imp.status === 'failed' ? (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('result.failed')}>
              {imp.error}
            </Alert>
          ) : null}
          {imp.status === 'cancelled' ? (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
              {t('result.cancelled')}
            </Alert>
          ) : null}
        </Stack>
      </Paper>
      {finished && imp.counts.rejected > 0 ? (
        <Paper withBorder radius="md" p="lg">
          <RejectsTable importId={imp.id} headers={imp.headers} run={imp.finishedAt} limit={50} paged />
        </Paper>
      ) : null}
    </>
  );
}
