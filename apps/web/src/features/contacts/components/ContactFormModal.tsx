import { Button, Group, Modal, Skeleton, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { createContactInputSchema, type Contact, type CustomField } from '@rapport/contracts';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, schemaValidator } from '../../../lib/form-validation';
import i18n from '../../../lib/i18n';
import { notifySuccess } from '../../../lib/notify';
import { QueryError } from '../../../ui/QueryError';
import { useMe } from '../../auth';
import { focusFirstError, requiredCustomErrors, useCustomFields } from '../../custom-fields';
import { useCreateContact } from '../api/create-contact';
import { useUpdateContact } from '../api/update-contact';
import { toContactForm, toContactInput, type ContactFormValues } from '../contact-form-values';
import { ContactFormFields } from './ContactFormFields';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The contact to edit; without it the modal creates one. */
  contact?: Contact;
}

/** Create or edit a contact. Waits for the custom field definitions, which shape the form. */
export function ContactFormModal({ opened, onClose, contact }: Props) {
  const { t } = useTranslation('contacts');
  const fields = useCustomFields('contact');
  return (
    <Modal opened={opened} onClose={onClose} title={contact ? t('form.editTitle') : t('new.title')} size="xl" centered>
      {fields.isError ? <QueryError error={fields.error} onRetry={() => void fields.refetch()} /> : null}
      {fields.isPending ? <Skeleton h={480} radius="md" /> : null}
      {fields.data ? <ContactForm fields={fields.data} contact={contact} onClose={onClose} /> : null}
    </Modal>
  );
}

// Edits use the create rules too, so a contact is never saved with no name, email, phone or external id.
const check = schemaValidator<unknown>(createContactInputSchema, { firstName: () => i18n.t('contacts:form.needsIdentity') });

function ContactForm({ fields, contact, onClose }: { fields: CustomField[]; contact?: Contact; onClose: () => void }) {
  const { t } = useTranslation(['contacts', 'common']);
  const me = useMe();
  const create = useCreateContact();
  const update = useUpdateContact(contact?.id ?? '');
  const initial = toContactForm(contact ?? null, fields, me.user.id);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<ContactFormValues>({
    initialValues: initial,
    validate: (v) => ({
      ...requiredCustomErrors(fields, v.custom, i18n.t('validation.required')),
      ...check(toContactInput(v, fields, initial.custom)),
    }),
  });

  const submit = form.onSubmit(async (values) => {
    const input = toContactInput(values, fields, initial.custom);
    try {
      if (contact) {
        await update.mutateAsync(input);
        notifySuccess(t('detail.saved'));
      } else {
        const created = await create.mutateAsync(input);
        notifySuccess(t('new.created', { name: created.name }));
      }
      onClose();
    } catch (error) {
      // Field errors go on their inputs; the app-wide handler has already reported the failure.
      if (applyServerErrors(form, error)) focusFirstError(formRef.current);
    }
  }, () => focusFirstError(formRef.current));

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack>
        <ContactFormFields form={form} fields={fields} company={contact?.company ?? null} autoFocus />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
