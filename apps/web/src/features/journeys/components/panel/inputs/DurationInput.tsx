import { Group, NumberInput, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { splitMinutes, toMinutes, type DurationUnit } from '../../../model/duration';

interface Props {
  label: string;
  minutes: number;
  onChange: (minutes: number) => void;
  error?: string | undefined;
  testId?: string;
  disabled?: boolean;
}

/** A number of minutes, entered in minutes, hours or days. */
export function DurationInput({ label, minutes, onChange, error, testId, disabled }: Props) {
  const { t } = useTranslation('journeys');
  const start = splitMinutes(minutes);
  // The unit is the user's choice; 120 minutes typed as minutes should not jump to 2 hours.
  const [unit, setUnit] = useState<DurationUnit>(start.unit);
  const value = minutes / toMinutes(1, unit);
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <NumberInput
        label={label}
        value={Number.isInteger(value) ? value : Number(value.toFixed(2))}
        min={1}
        onChange={(v) => typeof v === 'number' && onChange(toMinutes(v, unit))}
        error={error}
        style={{ flex: 1 }}
        disabled={disabled}
        data-testid={testId}
      />
      <Select
        aria-label={t('units.unit')}
        w={110}
        data={(['minutes', 'hours', 'days'] as const).map((u) => ({ value: u, label: t(`units.${u}`) }))}
        value={unit}
        onChange={(u) => {
          if (!u) return;
          setUnit(u as DurationUnit);
          onChange(toMinutes(value, u as DurationUnit));
        }}
        allowDeselect={false}
        disabled={disabled}
        data-testid={testId ? `${testId}-unit` : undefined}
      />
    </Group>
  );
}
