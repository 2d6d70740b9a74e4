import { NumberInput, Select, TextInput } from '@mantine/core';
import type { FieldDescriptor } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { CompanyPicker } from '../inputs/CompanyPicker';
import { DraftTextInput } from '../inputs/DraftTextInput';
import { dateTypes, numericTypes, useFieldOptions } from './use-field-options';

type Scalar = string | number | boolean;

interface Props {
  field: FieldDescriptor | undefined;
  value: Scalar | undefined;
  onChange: (value: Scalar) => void;
  label: string;
  error?: string | undefined;
}

/** One value of a condition, with the input its field's type calls for. */
export function ScalarInput({ field, value, onChange, label, error }: Props) {
  const { t } = useTranslation('views');
  const options = useFieldOptions(field);
  const common = { size: 'xs' as const, 'aria-label': label, error, miw: 160, maw: 360, style: { flex: '1 1 160px' } };
  const text = typeof value === 'string' ? value : value === undefined ? '' : String(value);

  if (field?.path === 'companyId') {
    return <CompanyPicker size="xs" label={undefined} value={text || null} onChange={(id) => onChange(id ?? '')} error={error} />;
  }
  if (field?.type === 'boolean') {
    const yesNo = [
      { value: 'true', label: t('values.yes') },
      { value: 'false', label: t('values.no') },
    ];
    return <Select {...common} data={yesNo} value={String(value ?? true)} onChange={(v) => onChange(v === 'true')} allowDeselect={false} />;
  }
  if (options) {
    return <Select {...common} data={options} value={text || null} onChange={(v) => onChange(v ?? '')} searchable placeholder={t('filter.pick')} />;
  }
  if (field && numericTypes.has(field.type)) {
    return <NumberInput {...common} value={typeof value === 'number' ? value : text} onChange={(v) => onChange(v)} placeholder={t('filter.number')} />;
  }
  if (field && dateTypes.has(field.type)) {
    return <TextInput {...common} type="date" value={text.slice(0, 10)} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
  return <DraftTextInput {...common} value={text} onChange={onChange} placeholder={t('filter.value')} />;
}
