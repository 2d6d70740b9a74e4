import { Button, Group, Modal, Skeleton, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { createCompanyInputSchema, type Company, type CustomField } from '@rapport/contracts';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, schemaValidator } from '../../../lib/form-validation';
import i18n from '../../../lib/i18n';
import { notifySuccess } from '../../../lib/notify';
import { QueryError } from '../../../ui/QueryError';
import { useMe } from '../../auth';
import { focusFirstError, requiredCustomErrors, useCustomFields } from '../../custom-fields';
import { useCreateCompany } from '../api/create-company';
import { useUpdateCompany } from '../api/update-company';
import { toCompanyForm, toCompanyInput, type CompanyFormValues } from '../company-form-values';
import { CompanyFormFields } from './CompanyFormFields';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The company to edit; without it the modal creates one. */
  company?: Company;
  /** Called instead of `onClose` after a create. */
  onCreated?: (company: Company) => void;
}

/** Create or edit a company. Waits for the custom field definitions, which shape the form. */
export function CompanyFormModal({ opened, onClose, company, onCreated }: Props) {
  const { t } = useTranslation('companies');
  const fields = useCustomFields('company');
  return (
    <Modal opened={opened} onClose={onClose} title={company ? t('form.editTitle') : t('form.newTitle')} size="xl" centered>
      {fields.isError ? <QueryError error={fields.error} onRetry={() => void fields.refetch()} /> : null}
      {fields.isPending ? <Skeleton h={420} radius="md" /> : null}
      {fields.data ? <CompanyForm fields={fields.data} company={company} onClose={onClose} onCreated={onCreated} /> : null}
    </Modal>
  );
}

const check = schemaValidator<unknown>(createCompanyInputSchema);

function CompanyForm({ fields, company, onClose, onCreated }: { fields: CustomField[]; company?: Company; onClose: () => void; onCreated?: (c: Company) => void }) {
  const { t } = useTranslation(['companies', 'common']);
  const me = useMe();
  const create = useCreateCompany();
  const update = useUpdateCompany(company?.id ?? '');
  const initial = toCompanyForm(company ?? null, fields, me.user.id);
  const validate = (v: CompanyFormValues) => ({
    ...requiredCustomErrors(fields, v.custom, i18n.t('validation.required')),
    ...check(toCompanyInput(v, fields, initial.custom)),
  });
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<CompanyFormValues>({ initialValues: initial, validate });

  const submit = form.onSubmit(async (values) => {
    const input = toCompanyInput(values, fields, initial.custom);
    try {
      if (company) {
        await update.mutateAsync(input);
        notifySuccess(t('form.saved'));
      } else {
        const created = await create.mutateAsync(input);
        notifySuccess(t('form.created', { name: created.name }));
        // A caller that opens the new company closes this dialog by navigating away.
        if (onCreated) return onCreated(created);
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
        <CompanyFormFields form={form} fields={fields} autoFocus />
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
