import { Grid, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Contact } from '@rapport/contracts';
import { IconTrash, IconUserQuestion } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../lib/notify';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { RecordPage } from '../../../ui/RecordPage';
import { canWrite, useRole } from '../../auth';
import { ContactOrdersCard, ContactTraitsStrip } from '../../commerce';
import { ContactIdentitiesCard } from '../../identity';
import { EntityTimeline } from '../../timeline';
import { useContact } from '../api/contact';
import { useDeleteContact } from '../api/delete-contact';
import { ConsentCard } from '../components/ConsentCard';
import { ContactDetailsCard } from '../components/ContactDetailsCard';
import { ContactFormModal } from '../components/ContactFormModal';
import { ContactHeader } from '../components/ContactHeader';
import { useDescribeContactField } from '../use-describe-contact-field';

const route = getRouteApi('/_app/contacts/$contactId');

export function ContactDetailPage() {
  const { t } = useTranslation('contacts');
  const { contactId } = route.useParams();
  return (
    <RecordPage
      query={useContact(contactId)}
      backTo="/contacts"
      backLabel={t('detail.back')}
      notFound={{ icon: <IconUserQuestion size={28} />, title: t('detail.notFound'), hint: t('detail.notFoundHint') }}
    >
      {(contact) => <ContactView contact={contact} />}
    </RecordPage>
  );
}

/** Header and computed traits on top; details, consent and identities on the side; orders and the timeline as the main column. */
function ContactView({ contact }: { contact: Contact }) {
  const { t } = useTranslation('contacts');
  const navigate = useNavigate();
  const writable = canWrite(useRole());
  const remove = useDeleteContact();
  const describeField = useDescribeContactField();
  const [editing, { open, close }] = useDisclosure(false);

  const onDelete = () =>
    remove.mutateAsync(contact.id, {
      onSuccess: () => {
        notifySuccess(t('detail.deleted', { name: contact.name }));
        void navigate({ to: '/contacts' });
      },
    });

  const deleteButton = writable ? (
    <ConfirmButton
      leftSection={<IconTrash size={16} />}
      label={t('detail.delete')}
      title={t('detail.deleteTitle')}
      message={t('detail.deleteMessage', { name: contact.name })}
      confirmLabel={t('detail.delete')}
      loading={remove.isPending}
      onConfirm={onDelete}
    />
  ) : null;

  return (
    <>
      <ContactHeader contact={contact} actions={deleteButton} />
      <ContactTraitsStrip contactId={contact.id} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Stack gap="lg">
            <ContactDetailsCard contact={contact} onEdit={writable ? open : undefined} />
            <ConsentCard contactId={contact.id} writable={writable} />
            <ContactIdentitiesCard contactId={contact.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Stack gap="lg">
            <ContactOrdersCard contactId={contact.id} />
            <EntityTimeline
              entity="contact"
              entityId={contact.id}
              kinds={['note', 'field_change', 'consent', 'merge', 'event', 'order', 'segment']}
              describeField={describeField}
              writable={writable}
            />
          </Stack>
        </Grid.Col>
      </Grid>
      {writable ? <ContactFormModal key={contact.updatedAt} opened={editing} onClose={close} contact={contact} /> : null}
    </>
  );
}
