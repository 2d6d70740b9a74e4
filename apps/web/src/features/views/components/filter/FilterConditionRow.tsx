import { Group, Select, type ComboboxData } from '@mantine/core';
import type { FieldDescriptor, FilterCondition, FilterOperator } from '@rapport/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { changeField, convertValue } from '../../model/filter-values';
import { useLookups } from '../../hooks/lookups';
import { ConditionMenu, type ConditionMenuActions } from './ConditionMenu';
import { fieldChoices } from './field-choices';
import { FilterValueInput } from './FilterValueInput';

export interface ConditionActions extends ConditionMenuActions {
  onChange: (condition: FilterCondition) => void;
}

interface Props extends ConditionActions {
  condition: FilterCondition;
  fields: FieldDescriptor[];
  error?: string | undefined;
  /** The field picker's choices, when the host groups fields its own way (segments: contact, consent, traits, company). */
  choices?: ComboboxData | undefined;
  /** Replaces the row's own menu and remove button (a host that puts them elsewhere passes null). */
  menu?: ReactNode;
}

/** One condition: field, operator, value, and what can be done with it. */
export function FilterConditionRow({ condition, fields, error, choices, menu, onChange, onRemove, onMoveUp, onMoveDown, onWrap }: Props) {
  const { t } = useTranslation('views');
  const { labels } = useLookups();
  const field = fields.find((f) => f.path === condition.field);
  const fieldLabel = field ? labels.field(field) : condition.field;
  const filterable = choices ?? fieldChoices(fields, labels.field, { standard: t('fields.standard'), custom: t('fields.custom') }, (f) => f.operators.length > 0);
  const operators = (field?.operators ?? [condition.op]).map((op) => ({ value: op, label: labels.operator(op, field?.type) }));

  const setOp = (op: FilterOperator) => {
    const value = convertValue(condition.value, op, field);
    onChange(value === undefined ? { type: 'condition', field: condition.field, op } : { ...condition, op, value });
  };

  return (
    <Group gap={6} align="flex-start" wrap="wrap" style={{ flex: 1 }}>
      <Select
        size="xs"
        aria-label={t('filter.field')}
        data={filterable}
        value={condition.field}
        onChange={(path) => {
          const next = fields.find((f) => f.path === path);
          if (next) onChange(changeField(condition, next));
        }}
        searchable
        allowDeselect={false}
        w={180}
        error={field ? undefined : t('filter.unknownField', { field: condition.field })}
      />
      <Select size="xs" aria-label={t('filter.operator')} data={operators} value={condition.op} onChange={(op) => op && setOp(op as FilterOperator)} allowDeselect={false} w={170} />
      <FilterValueInput
        field={field}
        fieldLabel={fieldLabel}
        condition={condition}
        onChange={(value) => onChange({ ...condition, value })}
        error={error}
      />
      {menu === undefined ? <ConditionMenu onRemove={onRemove} onMoveUp={onMoveUp} onMoveDown={onMoveDown} onWrap={onWrap} /> : menu}
    </Group>
  );
}
