import { Divider, Select, SimpleGrid, Stack, TagsInput, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { companySizes, type CustomField } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { AddressFields, CustomFieldsInputs, OwnerSelect } from '../../custom-fields';
import type { CompanyFormValues } from '../company-form-values';

function Section({ title }: { title: string }) {
  return (
    <Title order={6} c="dimmed" tt="uppercase" mt="xs">
      {title}
    </Title>
  );
}

/** Every input of the company form, in sections. */
export function CompanyFormFields({ form, fields, autoFocus }: { form: UseFormReturnType<CompanyFormValues>; fields: CustomField[]; autoFocus?: boolean }) {
  const { t } = useTranslation('companies');
  const bind = form.getInputProps;
  return (
    <Stack gap="sm">
      <TextInput label={t('fields.name')} withAsterisk autoComplete="off" data-autofocus={autoFocus || undefined} {...bind('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('fields.domain')} description={t('form.domainHint')} placeholder="example.com.tw" autoComplete="off" {...bind('domain')} />
        <TextInput label={t('fields.industry')} autoComplete="off" {...bind('industry')} />
        <Select
          label={t('fields.size')}
          placeholder={t('form.choose')}
          data={companySizes.map((s) => ({ value: s, label: t('size', { range: s }) }))}
          clearable
          {...bind('size')}
        />
        <TextInput label={t('fields.taxId')} description={t('form.taxIdHint')} autoComplete="off" {...bind('taxId')} />
      </SimpleGrid>
      <Divider />
      <Section title={t('form.address')} />
      <AddressFields bind={bind} />
      <Divider />
      <Section title={t('form.management')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <OwnerSelect bind={bind} />
        <TextInput label={t('fields.externalId')} description={t('form.externalIdHint')} autoComplete="off" {...bind('externalId')} />
      </SimpleGrid>
      <TagsInput label={t('fields.tags')} description={t('form.tagsHint')} clearable splitChars={[',']} maxTags={100} dropdownOpened={false} {...bind('tags')} />
      {fields.length ? (
        <>
          <Divider />
          <Section title={t('form.custom')} />
          <CustomFieldsInputs fields={fields} bind={bind} />
        </>
      ) : null}
    </Stack>
  );
}
