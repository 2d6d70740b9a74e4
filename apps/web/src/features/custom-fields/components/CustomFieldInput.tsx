import { Checkbox, MultiSelect, NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import type { CustomField } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import type { BindInput } from './bind';

/** The input for one custom field, chosen by its type; `bind` connects it to the form at "custom.<key>". */
export function CustomFieldInput({ field, bind }: { field: CustomField; bind: BindInput }) {
  const { t } = useTranslation('fields');
  const path = `custom.${field.key}`;
  const common = { label: field.label, withAsterisk: field.isRequired, autoComplete: 'off' };
  const options = field.options.map((o) => ({ value: o.value, label: o.label }));

  switch (field.type) {
    case 'long_text':
      return <Textarea {...common} autosize minRows={2} maxRows={8} {...bind(path)} />;
    case 'number':
      return <NumberInput {...common} thousandSeparator="," {...bind(path)} />;
    case 'currency':
      return (
        <NumberInput
          {...common}
          thousandSeparator=","
          decimalScale={2}
          leftSection={field.currency}
          leftSectionWidth={48}
          {...bind(path)}
        />
      );
    case 'date':
      return <TextInput {...common} type="date" {...bind(path)} />;
    case 'datetime':
      return <TextInput {...common} type="datetime-local" {...bind(path)} />;
    case 'boolean':
      return <Checkbox label={field.label} mt="md" {...bind(path, { type: 'checkbox' })} />;
    case 'select':
      return <Select {...common} data={options} clearable searchable placeholder={t('input.choose')} {...bind(path)} />;
    case 'multi_select':
      return <MultiSelect {...common} data={options} clearable searchable placeholder={t('input.chooseMany')} {...bind(path)} />;
    case 'email':
      return <TextInput {...common} type="email" {...bind(path)} />;
    case 'phone':
      return <TextInput {...common} type="tel" {...bind(path)} />;
    case 'url':
      return <TextInput {...common} type="url" placeholder="https://" {...bind(path)} />;
    default:
      return <TextInput {...common} {...bind(path)} />;
  }
}
