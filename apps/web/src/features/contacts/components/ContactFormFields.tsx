import { Divider, Select, SimpleGrid, Stack, TagsInput, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { companyRoles, genders, type Contact, type CustomField } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { CompanySelect } from '../../companies';
import { AddressFields, CustomFieldsInputs, OwnerSelect } from '../../custom-fields';
import { useLifecycleStages } from '../../settings';
import type { ContactFormValues } from '../contact-form-values';
import { localeOptions, timezoneOptions } from '../contact-options';
import { ExtraValuesInput } from './ExtraValuesInput';

function Section({ title }: { title: string }) {
  return (
    <>
      <Divider mt="xs" />
      <Title order={6} c="dimmed" tt="uppercase">
        {title}
      </Title>
    </>
  );
}

interface Props {
  form: UseFormReturnType<ContactFormValues>;
  fields: CustomField[];
  /** The contact's company now, so the picker can name it before any search. */
  company: Contact['company'];
  autoFocus?: boolean;
}

/** Every input of the contact form, in sections. */
export function ContactFormFields({ form, fields, company, autoFocus }: Props) {
  const { t, i18n } = useTranslation(['contacts', 'companies']);
  const { stages } = useLifecycleStages();
  const bind = form.getInputProps;
  const values = form.getValues();
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('fields.firstName')} autoComplete="off" data-autofocus={autoFocus || undefined} {...bind('firstName')} />
        <TextInput label={t('fields.lastName')} autoComplete="off" {...bind('lastName')} />
        <TextInput label={t('fields.displayName')} placeholder={t('form.displayNameHint')} autoComplete="off" {...bind('displayName')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Stack gap={6}>
          <TextInput label={t('fields.email')} type="email" autoComplete="off" {...bind('email')} />
          <ExtraValuesInput form={form} path="emails" />
        </Stack>
        <Stack gap={6}>
          <TextInput
            label={t('fields.phone')}
            description={t('form.phoneHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            type="tel"
            autoComplete="off"
            {...bind('phone')}
          />
          <ExtraValuesInput form={form} path="phones" />
        </Stack>
      </SimpleGrid>
      <Section title={t('form.work')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <CompanySelect label={t('fields.company')} current={company} {...bind('companyId')} />
        <Select
          label={t('fields.companyRole')}
          placeholder={t('form.choose')}
          data={companyRoles.map((r) => ({ value: r, label: t(`companies:roles.${r}`) }))}
          clearable
          {...bind('companyRole')}
        />
        <TextInput label={t('fields.jobTitle')} autoComplete="off" {...bind('jobTitle')} />
      </SimpleGrid>
      <Section title={t('form.personal')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label={t('fields.gender')} placeholder={t('form.choose')} data={genders.map((g) => ({ value: g, label: t(`genders.${g}`) }))} clearable {...bind('gender')} />
        <TextInput label={t('fields.birthday')} type="date" {...bind('birthday')} />
        <Select label={t('fields.locale')} placeholder={t('form.choose')} data={localeOptions(i18n.language, values.locale)} searchable clearable {...bind('locale')} />
        <Select label={t('fields.timezone')} placeholder={t('form.choose')} data={timezoneOptions(values.timezone)} searchable clearable limit={100} {...bind('timezone')} />
      </SimpleGrid>
      <Section title={t('form.address')} />
      <AddressFields bind={bind} />
      <Section title={t('form.management')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <OwnerSelect bind={bind} />
        <Select
          label={t('fields.lifecycleStage')}
          placeholder={t('form.choose')}
          data={stages.map((s) => ({ value: s.key, label: s.label }))}
          clearable
          {...bind('lifecycleStage')}
        />
        <TextInput label={t('fields.source')} description={t('form.sourceHint')} autoComplete="off" {...bind('source')} />
        <TextInput label={t('fields.externalId')} description={t('form.externalIdHint')} autoComplete="off" {...bind('externalId')} />
      </SimpleGrid>
      <TagsInput label={t('fields.tags')} description={t('form.tagsHint')} clearable splitChars={[',']} maxTags={100} dropdownOpened={false} {...bind('tags')} />
      {fields.length ? (
        <>
          <Section title={t('form.custom')} />
          <CustomFieldsInputs fields={fields} bind={bind} />
        </>
      ) : null}
    </Stack>
  );
}
