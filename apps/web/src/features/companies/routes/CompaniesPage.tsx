import { Button } from '@mantine/core';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { canWrite, useRole } from '../../auth';
import { ImportButton } from '../../imports';
import { exportUrl, RecordList, useListUrl } from '../../views';
import { companiesList } from '../components/companies-list';
import { CompanyFormModal } from '../components/CompanyFormModal';

const route = getRouteApi('/_app/companies');

/**
 * The company list: saved views, search, filters and a table edited in place. Everything that
 * decides what it shows lives in the URL (see useListUrl), and so does the "new company" dialog.
 */
export function CompaniesPage() {
  const { t } = useTranslation('companies');
  const search = route.useSearch();
  const setSearch = route.useNavigate();
  const navigate = useNavigate();
  const writable = canWrite(useRole());
  const list = useListUrl('company', companiesList.defaultColumns);
  // Unlike the contact export, the company export lists only the columns it is given, so name the primary one too.
  const { primaryColumn } = companiesList;
  const exportHref = exportUrl('companies', { ...list.state, columns: [primaryColumn, ...list.state.columns.filter((c) => c !== primaryColumn)] });
  const setNewOpen = (open: boolean) => void setSearch({ search: (prev) => ({ ...prev, new: open || undefined }) });

  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={
          <>
            <Button component="a" href={exportHref} download variant="default" leftSection={<IconDownload size={16} />}>
              {t('list.export')}
            </Button>
            {writable ? (
              <>
                <ImportButton entity="companies" />
                <Button leftSection={<IconPlus size={16} />} onClick={() => setNewOpen(true)}>
                  {t('list.new')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <RecordList config={companiesList} list={list} writable={writable} exportHref={exportHref} />
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
