import { ActionIcon, Group, Menu, Select } from '@mantine/core';
import type { FieldDescriptor, FilterCondition, FilterOperator } from '@rapport/contracts';
import { IconArrowDown, IconArrowUp, IconBracketsContain, IconDots, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { changeField, convertValue } from '../../model/filter-values';
import { useLookups } from '../../hooks/lookups';
import { fieldChoices } from './field-choices';
import { FilterValueInput } from './FilterValueInput';

export interface ConditionActions {
  onChange: (condition: FilterCondition) => void;
  onRemove: () => void;
  onMoveUp?: (() => void) | undefined;
  onMoveDown?: (() => void) | undefined;
  onWrap?: (() => void) | undefined;
}

interface Props extends ConditionActions {
  condition: FilterCondition;
  fields: FieldDescriptor[];
  error?: string | undefined;
}

/** One condition: field, operator, value, and what can be done with it. */
export function FilterConditionRow({ condition, fields, error, onChange, onRemove, onMoveUp, onMoveDown, onWrap }: Props) {
  const { t } = useTranslation('views');
  const { labels } = useLookups();
  const field = fields.find((f) => f.path === condition.field);
  const fieldLabel = field ? labels.field(field) : condition.field;
  const filterable = fieldChoices(fields, labels.field, { standard: t('fields.standard'), custom: t('fields.custom') }, (f) => f.operators.length > 0);
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
      <Group gap={2} wrap="nowrap">
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={t('filter.more')}>
              <IconDots size={16} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconArrowUp size={14} />} disabled={!onMoveUp} onClick={onMoveUp}>
              {t('filter.moveUp')}
            </Menu.Item>
            <Menu.Item leftSection={<IconArrowDown size={14} />} disabled={!onMoveDown} onClick={onMoveDown}>
              {t('filter.moveDown')}
            </Menu.Item>
            <Menu.Item leftSection={<IconBracketsContain size={14} />} disabled={!onWrap} onClick={onWrap}>
              {t('filter.wrap')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <ActionIcon variant="subtle" color="gray" aria-label={t('filter.remove')} onClick={onRemove}>
          <IconX size={16} />
        </ActionIcon>
      </Group>
    </Group>
  );
}
