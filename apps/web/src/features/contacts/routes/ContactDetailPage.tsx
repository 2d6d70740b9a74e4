import { EmptyState, Grid, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { Contact } from '@rapport/contracts';
import { IconArrowLeft, IconTrash, IconUserQuestion } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { AnchorLink } from '../../../ui/AnchorLink';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { QueryError } from '../../../ui/QueryError';
import { RecordHistory } from '../../audit';
import { canWrite, useRole } from '../../auth';
import { useContact } from '../api/contact';
import { useDeleteContact } from '../api/delete-contact';
import { useUpdateContact } from '../api/update-contact';
import { ConsentCard } from '../components/ConsentCard';
import { ContactDetails } from '../components/ContactDetails';
import { ContactForm, toFormValues } from '../components/ContactForm';
import { NameAvatar } from '../../../ui/NameAvatar';

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

function ContactView({ contact }: { contact: Contact }) {
  const { t, i18n } = useTranslation('contacts');
  const navigate = useNavigate();
  const writable = canWrite(useRole());
  const update = useUpdateContact(contact.id);
  const remove = useDeleteContact();

  const onDelete = async () => {
    await remove.mutateAsync(contact.id);
    notifySuccess(t('detail.deleted', { name: contact.name }));
    void navigate({ to: '/contacts' });
  };

  return (
    <>
      <Group justify="space-between" align="center" wrap="wrap">
        <Group gap="md" wrap="nowrap">
          <NameAvatar name={contact.name} radius="xl" size={56} />
          <div>
            <Title order={2} fw={650}>
              {contact.name || t('unnamed')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('detail.meta', {
                created: formatDateTime(contact.createdAt, i18n.language),
                updated: formatDateTime(contact.updatedAt, i18n.language),
              })}
            </Text>
          </div>
        </Group>
        {writable ? (
          <ConfirmButton
            leftSection={<IconTrash size={16} />}
            label={t('detail.delete')}
            title={t('detail.deleteTitle')}
            message={t('detail.deleteMessage', { name: contact.name })}
            confirmLabel={t('detail.delete')}
            loading={remove.isPending}
            onConfirm={onDelete}
          />
        ) : null}
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder radius="md" p="lg">
            <Title order={4} mb="md">
              {t('detail.details')}
            </Title>
            {writable ? (
              <ContactForm
                key={contact.updatedAt}
                initialValues={toFormValues(contact)}
                submitting={update.isPending}
                onSubmit={async (values) => {
                  await update.mutateAsync(values);
                  notifySuccess(t('detail.saved'));
                }}
              />
            ) : (
              <ContactDetails contact={contact} />
            )}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <ConsentCard contactId={contact.id} writable={writable} />
          <Paper withBorder radius="md" p="lg" mt="lg">
            <Title order={4} mb="md">
              {t('detail.history')}
            </Title>
            <RecordHistory entity="contact" entityId={contact.id} />
          </Paper>
        </Grid.Col>
      </Grid>
    </>
  );
}
