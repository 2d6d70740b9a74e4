import { Button, Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../lib/notify';
import { useCreateContact } from '../api/create-contact';
import { ContactForm, emptyContact } from './ContactForm';

export function NewContactModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation(['contacts', 'common']);
  const create = useCreateContact();
  return (
    <Modal opened={opened} onClose={onClose} title={t('new.title')} size="lg" centered>
      <ContactForm
        initialValues={emptyContact}
        submitting={create.isPending}
        autoFocus
        onSubmit={async (values) => {
          const contact = await create.mutateAsync(values);
          notifySuccess(t('new.created', { name: contact.name }));
          onClose();
        }}
        extraActions={
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
        }
      />
    </Modal>
  );
}
