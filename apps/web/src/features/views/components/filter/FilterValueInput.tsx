import { Group, MultiSelect, NumberInput, TagsInput, Text } from '@mantine/core';
import type { FieldDescriptor, FilterCondition } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { valueKind, type FilterValue } from '../../model/filter-values';
import { CompanyMultiPicker } from '../inputs/CompanyPicker';
import { ScalarInput } from './ScalarInput';
import { numericTypes, useFieldOptions } from './use-field-options';

interface Props {
  field: FieldDescriptor | undefined;
  fieldLabel: string;
  condition: FilterCondition;
  onChange: (value: FilterValue) => void;
  error?: string | undefined;
}

type Scalar = string | number | boolean;
const scalars = (v: FilterValue): Scalar[] => (Array.isArray(v) ? v : v === null || v === undefined ? [] : [v]);

/** The value part of a condition: nothing, one value, several, a range, or a number of days. */
export function FilterValueInput({ field, fieldLabel, condition, onChange, error }: Props) {
  const { t } = useTranslation('views');
  const options = useFieldOptions(field);
  const label = t('filter.valueOf', { field: fieldLabel });
  const value = condition.value;

  switch (valueKind(condition.op)) {
    case 'none':
      return error ? <Text size="xs" c="red">{error}</Text> : null;
    case 'days':
      return (
        <NumberInput
          size="xs"
          aria-label={label}
          min={1}
          max={36500}
          allowDecimal={false}
          value={typeof value === 'number' ? value : ''}
          onChange={(v) => onChange(typeof v === 'number' ? v : '')}
          rightSection={<Text size="xs" c="dimmed" pr="xs">{t('filter.days')}</Text>}
          rightSectionWidth={56}
          error={error}
          w={150}
        />
      );
    case 'range': {
      const [from, to] = Array.isArray(value) ? value : ['', ''];
      const set = (i: 0 | 1) => (v: Scalar) => onChange(i === 0 ? [v, to ?? ''] : [from ?? '', v]);
      return (
        <Group gap={6} wrap="nowrap" style={{ flex: '1 1 260px' }}>
          <ScalarInput field={field} value={from} onChange={set(0)} label={t('filter.from')} error={error} />
          <Text size="xs" c="dimmed">{t('filter.and')}</Text>
          <ScalarInput field={field} value={to} onChange={set(1)} label={t('filter.to')} />
        </Group>
      );
    }
    case 'multi': {
      const list = scalars(value).map(String);
      if (field?.path === 'companyId') return <CompanyMultiPicker value={list} onChange={onChange} label={label} error={error} />;
      if (options) {
        return <MultiSelect size="xs" aria-label={label} data={options} value={list} onChange={onChange} searchable error={error} miw={200} style={{ flex: '1 1 200px' }} placeholder={list.length ? undefined : t('filter.pickSeveral')} />;
      }
      const numeric = field ? numericTypes.has(field.type) : false;
      return (
        <TagsInput
          size="xs"
          aria-label={label}
          value={list}
          onChange={(v) => onChange(numeric ? v.map(Number).filter(Number.isFinite) : v)}
          placeholder={list.length ? undefined : t('filter.typeAndEnter')}
          error={error}
          miw={200}
          style={{ flex: '1 1 200px' }}
        />
      );
    }
    case 'single':
      return <ScalarInput field={field} value={Array.isArray(value) ? value[0] : (value ?? undefined)} onChange={onChange} label={label} error={error} />;
  }
}
