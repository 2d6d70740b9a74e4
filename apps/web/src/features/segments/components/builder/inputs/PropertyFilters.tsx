import { ActionIcon, Autocomplete, Button, Group, NumberInput, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import { propertyOperators, type PropertyFilter } from '@rapport/contracts';
import { IconFilterPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { propertyValueKind, withPropertyOp } from '../../../model/events';

/** Filters beyond this many are refused by the server. */
const maxFilters = 20;

interface Props {
  value: PropertyFilter[];
  onChange: (where: PropertyFilter[] | undefined) => void;
  /** Keys seen on the event, most frequent first. */
  keys: string[];
}

function ValueInput({ filter, onChange }: { filter: PropertyFilter; onChange: (f: PropertyFilter) => void }) {
  const { t } = useTranslation('segments');
  const label = t('property.value');
  switch (propertyValueKind(filter.op)) {
    case 'none':
      return null;
    case 'list':
      return (
        <TagsInput
          size="xs"
          miw={180}
          aria-label={label}
          placeholder={t('property.typeAndEnter')}
          value={Array.isArray(filter.value) ? filter.value.map(String) : []}
          onChange={(v) => onChange({ ...filter, value: v })}
          style={{ flex: '1 1 180px' }}
        />
      );
    case 'number':
      return (
        <NumberInput
          size="xs"
          w={120}
          aria-label={label}
          value={typeof filter.value === 'number' ? filter.value : ''}
          onChange={(v) => onChange(typeof v === 'number' ? { ...filter, value: v } : { property: filter.property, op: filter.op })}
        />
      );
    case 'text':
      return <TextInput size="xs" w={160} aria-label={label} value={typeof filter.value === 'string' ? filter.value : String(filter.value ?? '')} onChange={(e) => onChange({ ...filter, value: e.currentTarget.value })} />;
  }
}

/** "where <property> <operator> <value>" rows on the event's properties. */
export function PropertyFilters({ value, onChange, keys }: Props) {
  const { t } = useTranslation('segments');
  const set = (i: number, f: PropertyFilter) => onChange(value.map((old, j) => (j === i ? f : old)));
  const remove = (i: number) => {
    const rest = value.filter((_, j) => j !== i);
    onChange(rest.length ? rest : undefined);
  };
  return (
    <Stack gap={4}>
      {value.map((f, i) => (
        <Group key={i} gap={6} wrap="wrap" align="flex-start" data-testid="property-filter">
          <Autocomplete
            size="xs"
            w={170}
            aria-label={t('property.key')}
            placeholder={t('property.key')}
            data={keys}
            value={f.property}
            onChange={(property) => set(i, { ...f, property })}
          />
          <Select
            size="xs"
            w={140}
            aria-label={t('property.operator')}
            data={propertyOperators.map((op) => ({ value: op, label: t(`property.ops.${op}`) }))}
            value={f.op}
            onChange={(op) => op && set(i, withPropertyOp(f, op as PropertyFilter['op']))}
            allowDeselect={false}
          />
          <ValueInput filter={f} onChange={(next) => set(i, next)} />
          <ActionIcon variant="subtle" color="gray" aria-label={t('property.remove')} onClick={() => remove(i)} mt={2}>
            <IconX size={14} />
          </ActionIcon>
        </Group>
      ))}
      {value.length < maxFilters ? (
        <Button
          size="compact-xs"
          variant="subtle"
          color="gray"
          w="fit-content"
          leftSection={<IconFilterPlus size={14} />}
          onClick={() => onChange([...value, { property: keys[0] ?? '', op: 'eq', value: '' }])}
        >
          {t('property.add')}
        </Button>
      ) : null}
    </Stack>
  );
}
