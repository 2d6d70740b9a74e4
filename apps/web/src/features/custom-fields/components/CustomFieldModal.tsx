import { Alert, Button, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { createCustomFieldInputSchema, fieldTypes, updateCustomFieldInputSchema, type CustomField, type CustomFieldEntity, type FieldType } from '@rapport/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, schemaValidator } from '../../../lib/form-validation';
import { errorMessage, notifySuccess } from '../../../lib/notify';
import { useCreateCustomField } from '../api/create-custom-field';
import { useUpdateCustomField } from '../api/update-custom-field';
import { fieldFormValues, hasOptions, newOption, toCreateInput, toUpdateInput, type FieldFormValues } from '../field-form';
import { suggestKey } from '../key-from-label';
import { OptionsEditor } from './OptionsEditor';

interface Props {
  entity: CustomFieldEntity;
  /** The field to edit, or null to create one. */
  field: CustomField | null;
  /** Keys already used by the entity's other fields. */
  takenKeys: string[];
  nextPosition: number;
  onClose: () => void;
}

const validateCreate = schemaValidator<unknown>(createCustomFieldInputSchema);
const validateUpdate = schemaValidator<unknown>(updateCustomFieldInputSchema);

function useCurrencyOptions() {
  const { i18n } = useTranslation();
  const names = new Intl.DisplayNames([i18n.language], { type: 'currency' });
  return Intl.supportedValuesOf('currency').map((code) => ({ value: code, label: `${code} · ${names.of(code) ?? code}` }));
}

/** Create or edit a custom field. The key is suggested from the label until the user types one. */
export function CustomFieldModal({ entity, field, takenKeys, nextPosition, onClose }: Props) {
  const { t } = useTranslation(['fields', 'common']);
  const create = useCreateCustomField();
  const update = useUpdateCustomField();
  const [keyEdited, setKeyEdited] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const currencies = useCurrencyOptions();
  const form = useForm<FieldFormValues>({
    initialValues: fieldFormValues(field, nextPosition),
    validate: (v) => (field ? validateUpdate(toUpdateInput(v)) : validateCreate(toCreateInput(entity, v))),
  });
  const values = form.getValues();

  const submit = form.onSubmit(async (v) => {
    setFormError(null);
    try {
      if (field) await update.mutateAsync({ id: field.id, input: toUpdateInput(v) });
      else await create.mutateAsync(toCreateInput(entity, v));
      notifySuccess(t(field ? 'settings.saved' : 'settings.created', { label: v.label.trim() }));
      onClose();
    } catch (error) {
      if (!applyServerErrors(form, error)) setFormError(errorMessage(error));
    }
  });

  const onLabel = (label: string) => {
    form.setFieldValue('label', label);
    if (!field && !keyEdited) form.setFieldValue('key', suggestKey(label, takenKeys, 'field'));
  };
  const onType = (type: string | null) => {
    if (!type) return;
    form.setFieldValue('type', type as FieldType);
    if (hasOptions(type as FieldType) && values.options.length === 0) form.setFieldValue('options', [newOption()]);
  };

  return (
    <Modal opened onClose={onClose} title={t(field ? 'editor.editTitle' : 'editor.newTitle')} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          {formError ? (
            <Alert color="red" variant="light">
              {formError}
            </Alert>
          ) : null}
          <TextInput label={t('editor.label')} withAsterisk data-autofocus {...form.getInputProps('label')} onChange={(e) => onLabel(e.currentTarget.value)} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('editor.key')}
              description={field ? t('editor.keyFixed') : t('editor.keyHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              disabled={Boolean(field)}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              {...form.getInputProps('key')}
              onChange={(e) => {
                setKeyEdited(true);
                form.setFieldValue('key', e.currentTarget.value);
              }}
            />
            <Select
              label={t('editor.type')}
              description={field ? t('editor.typeFixed') : undefined}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              data={fieldTypes.map((type) => ({ value: type, label: t(`types.${type}`) }))}
              allowDeselect={false}
              disabled={Boolean(field)}
              {...form.getInputProps('type')}
              onChange={onType}
            />
          </SimpleGrid>
          {values.type === 'currency' ? (
            <Select label={t('editor.currency')} withAsterisk data={currencies} searchable disabled={Boolean(field)} {...form.getInputProps('currency')} />
          ) : null}
          {hasOptions(values.type) ? <OptionsEditor form={form} /> : null}
          <Group gap="xl">
            <Checkbox label={t('editor.required')} description={t('editor.requiredHint')} {...form.getInputProps('isRequired', { type: 'checkbox' })} />
            <Checkbox label={t('editor.unique')} description={t('editor.uniqueHint')} {...form.getInputProps('isUnique', { type: 'checkbox' })} />
          </Group>
          <NumberInput label={t('editor.position')} description={t('editor.positionHint')} min={0} max={10000} w={200} {...form.getInputProps('position')} />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {t(field ? 'editor.save' : 'editor.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
