import { Group, NumberInput, Select, Text } from '@mantine/core';
import { compareOperators } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';

type Op = (typeof compareOperators)[number];
export interface Comparison {
  op: Op;
  value: number | [number, number];
}

/** An operator and a number, or two for "between". A cleared input keeps the last number until another is typed. */
export function CompareInput({ value, onChange, unit }: { value: Comparison; onChange: (c: Comparison) => void; unit?: string | undefined }) {
  const { t } = useTranslation('segments');
  const setOp = (op: Op) => {
    const first = Array.isArray(value.value) ? value.value[0] : value.value;
    onChange(op === 'between' ? { op, value: Array.isArray(value.value) ? value.value : [first, first] } : { op, value: first });
  };
  const range: [number, number] = Array.isArray(value.value) ? value.value : [value.value, value.value];
  const unitSection = unit ? { rightSection: <Text size="xs" c="dimmed">{unit}</Text>, rightSectionWidth: 48 } : {};
  return (
    <Group gap={6} wrap="nowrap">
      <Select
        size="xs"
        w={140}
        aria-label={t('compare.label')}
        data={compareOperators.map((op) => ({ value: op, label: t(`compare.${op}`) }))}
        value={value.op}
        onChange={(op) => op && setOp(op as Op)}
        allowDeselect={false}
      />
      {Array.isArray(value.value) ? (
        <>
          <NumberInput size="xs" w={110} aria-label={t('compare.from')} value={value.value[0]} onChange={(v) => typeof v === 'number' && onChange({ op: 'between', value: [v, range[1]] })} {...unitSection} />
          <Text size="xs" c="dimmed">
            {t('compare.and')}
          </Text>
          <NumberInput size="xs" w={110} aria-label={t('compare.to')} value={value.value[1]} onChange={(v) => typeof v === 'number' && onChange({ op: 'between', value: [range[0], v] })} {...unitSection} />
        </>
      ) : (
        <NumberInput size="xs" w={130} aria-label={t('compare.value')} value={value.value} onChange={(v) => typeof v === 'number' && onChange({ op: value.op, value: v })} {...unitSection} />
      )}
    </Group>
  );
}
