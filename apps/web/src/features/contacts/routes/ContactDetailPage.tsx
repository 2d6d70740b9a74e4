import { EmptyState, Grid, Group, Skeleton, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Contact } from '@rapport/contracts';
import { IconArrowLeft, IconTrash, IconUserQuestion } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { notifySuccess } from '../../../lib/notify';
import { AnchorLink } from '../../../ui/AnchorLink';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { QueryError } from '../../../ui/QueryError';
import { canWrite, useRole } from '../../auth';
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
  const query = useContact(contactId);

  const back = (
    <AnchorLink to="/contacts" size="sm" c="dimmed" w="fit-content">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {t('detail.back')}
      </Group>
    </AnchorLink>
  );

  if (query.isPending) return <Skeleton h={320} radius="md" />;
  if (query.isError) {
    const missing = isApiError(query.error) && query.error.status === 404;
    return (
      <Stack>
        {back}
        {missing ? (
          <EmptyState icon={<IconUserQuestion size={28} />} variant="light" title={t('detail.notFound')} description={t('detail.notFoundHint')} py={48} />
        ) : (
          <QueryError error={query.error} onRetry={() => void query.refetch()} />
        )}
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      {back}
      <ContactView contact={query.data} />
    </Stack>
  );
}

/** Header on top; details and consent on the side; the timeline as the main column. */
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
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Stack gap="lg">
            <ContactDetailsCard contact={contact} onEdit={writable ? open : undefined} />
            <ConsentCard contactId={contact.id} writable={writable} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <EntityTimeline
            entity="contact"
            entityId={contact.id}
            kinds={['note', 'field_change', 'consent', 'merge']}
            describeField={describeField}
            writable={writable}
          />
        </Grid.Col>
      </Grid>
      {writable ? <ContactFormModal key={contact.updatedAt} opened={editing} onClose={close} contact={contact} /> : null}
    </>
  );
}
