import { Button } from '@mantine/core';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { canWrite, useRole } from '../../auth';
import { ImportButton } from '../../imports';
import { DuplicatesButton } from '../../merge';
import { exportUrl, RecordList, useListUrl } from '../../views';
import { contactsTable } from '../components/ContactsTable';
import { NewContactModal } from '../components/NewContactModal';

const route = getRouteApi('/_app/contacts');

/**
 * The contact list: saved views, search, filters, table or kanban, bulk actions. Everything that
 * decides what it shows lives in the URL (see useListUrl), and so does the "new contact" dialog.
 */
export function ContactsPage() {
  const { t } = useTranslation('contacts');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const writable = canWrite(useRole());
  const list = useListUrl('contact', contactsTable.defaultColumns);
  const exportHref = exportUrl('contacts', list.state);
  const setNewOpen = (open: boolean) => void navigate({ search: (prev) => ({ ...prev, new: open || undefined }) });

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
                <DuplicatesButton />
                <ImportButton entity="contacts" />
                <Button leftSection={<IconPlus size={16} />} onClick={() => setNewOpen(true)}>
                  {t('list.new')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <RecordList config={contactsTable} list={list} writable={writable} exportHref={exportHref} />
      {writable ? <NewContactModal opened={Boolean(search.new)} onClose={() => setNewOpen(false)} /> : null}
    </>
  );
}
