import { Group, NumberInput, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Count = { op: 'gte' | 'lte' | 'eq'; value: number };

/** "at least / at most / exactly N times", or "not at all" (exactly 0). */
export function CountInput({ value, onChange }: { value: Count; onChange: (c: Count) => void }) {
  const { t } = useTranslation('segments');
  const never = value.op === 'eq' && value.value === 0;
  const choice = never ? 'never' : value.op;
  return (
    <Group gap={6} wrap="nowrap">
      <Select
        size="xs"
        w={130}
        aria-label={t('count.label')}
        data={(['gte', 'lte', 'eq', 'never'] as const).map((k) => ({ value: k, label: t(`count.${k}`) }))}
        value={choice}
        onChange={(k) => {
          if (k === 'never') onChange({ op: 'eq', value: 0 });
          else if (k === 'gte' || k === 'lte' || k === 'eq') onChange({ op: k, value: never ? 1 : value.value });
        }}
        allowDeselect={false}
      />
      {never ? null : (
        <NumberInput
          size="xs"
          w={110}
          aria-label={t('count.times')}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          value={value.value}
          onChange={(v) => typeof v === 'number' && onChange({ ...value, value: v })}
          rightSection={<Text size="xs" c="dimmed">{t('units.times')}</Text>}
          rightSectionWidth={48}
        />
      )}
    </Group>
  );
}
