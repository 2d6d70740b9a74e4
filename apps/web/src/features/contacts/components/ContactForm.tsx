import { Button, Group, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { createContactInputSchema, type Contact } from '@rapport/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, schemaValidator } from '../../../lib/form-validation';
import i18n from '../../../lib/i18n';

export interface ContactFormValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  tags: string[];
}

// Edits use the create rules too, so a contact is never saved with no name, email or phone.
const validate = schemaValidator<ContactFormValues>(createContactInputSchema, {
  firstName: () => i18n.t('contacts:form.needsIdentity'),
});

export const emptyContact: ContactFormValues = { firstName: '', lastName: '', email: '', phone: '', tags: [] };

export function toFormValues(c: Contact): ContactFormValues {
  return {
    firstName: c.firstName ?? '',
    lastName: c.lastName ?? '',
    email: c.email ?? '',
    phone: c.phone ?? '',
    tags: c.tags,
  };
}

interface ContactFormProps {
  initialValues: ContactFormValues;
  /** Resolve on success; reject with the API error to have field errors shown. */
  onSubmit: (values: ContactFormValues) => Promise<unknown>;
  submitting: boolean;
  /** Extra buttons left of Save, e.g. Cancel. */
  extraActions?: ReactNode;
  autoFocus?: boolean;
}

export function ContactForm({ initialValues, onSubmit, submitting, extraActions, autoFocus }: ContactFormProps) {
  const { t } = useTranslation('contacts');
  const form = useForm<ContactFormValues>({ initialValues, validate });

  const submit = form.onSubmit(async (values) => {
    try {
      await onSubmit(values);
      form.resetDirty(values);
    } catch (error) {
      applyServerErrors(form, error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('fields.firstName')} autoComplete="off" data-autofocus={autoFocus || undefined} {...form.getInputProps('firstName')} />
          <TextInput label={t('fields.lastName')} autoComplete="off" {...form.getInputProps('lastName')} />
        </SimpleGrid>
        <TextInput label={t('fields.email')} type="email" autoComplete="off" {...form.getInputProps('email')} />
        <TextInput label={t('fields.phone')} type="tel" autoComplete="off" {...form.getInputProps('phone')} />
        <TagsInput
          label={t('fields.tags')}
          description={t('form.tagsHint')}
          clearable
          splitChars={[',']}
          maxTags={100}
          // No suggestion list yet; a closed dropdown also keeps its listbox from sharing the label.
          dropdownOpened={false}
          {...form.getInputProps('tags')}
        />
        <Group justify="flex-end" mt="xs">
          {extraActions}
          <Button type="submit" loading={submitting}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
