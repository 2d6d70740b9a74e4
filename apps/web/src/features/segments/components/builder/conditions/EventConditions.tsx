import { Group, NumberInput, Select, Text, TextInput } from '@mantine/core';
import type { SegmentCondition } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { CountInput } from '../inputs/CountInput';
import { EventRefInput } from '../inputs/EventRefInput';
import { WindowInput } from '../inputs/WindowInput';

type Of<T extends SegmentCondition['type']> = Extract<SegmentCondition, { type: T }>;
export interface ConditionProps<T extends SegmentCondition['type']> {
  condition: Of<T>;
  onChange: (c: Of<T>) => void;
}

/** Performed an event at least / at most / exactly N times (or not at all) in a window. */
export function EventCondition({ condition, onChange }: ConditionProps<'event'>) {
  return (
    <EventRefInput value={condition} onChange={onChange}>
      <CountInput value={condition.count} onChange={(count) => onChange({ ...condition, count })} />
      <WindowInput value={condition.window} onChange={(window) => onChange({ ...condition, window })} />
    </EventRefInput>
  );
}

const timeOps = ['within_last_days', 'before_last_days', 'before', 'after'] as const;
const isDateOp = (op: Of<'event_time'>['op']) => op === 'before' || op === 'after';

/** When an event was first or last performed: within / more than N days ago, before / after a date. */
export function EventTimeCondition({ condition, onChange }: ConditionProps<'event_time'>) {
  const { t } = useTranslation('segments');
  const setOp = (op: Of<'event_time'>['op']) => {
    const keep = isDateOp(op) === isDateOp(condition.op);
    onChange({ ...condition, op, value: keep ? condition.value : isDateOp(op) ? new Date().toISOString().slice(0, 10) : 30 });
  };
  return (
    <EventRefInput value={condition} onChange={onChange}>
      <Group gap={6} wrap="nowrap">
        <Select
          size="xs"
          w={150}
          aria-label={t('eventTime.which')}
          data={(['first', 'last'] as const).map((w) => ({ value: w, label: t(`eventTime.${w}`) }))}
          value={condition.which}
          onChange={(w) => w && onChange({ ...condition, which: w === 'first' ? 'first' : 'last' })}
          allowDeselect={false}
        />
        <Select
          size="xs"
          w={150}
          aria-label={t('eventTime.operator')}
          data={timeOps.map((op) => ({ value: op, label: t(`eventTime.ops.${op}`) }))}
          value={condition.op}
          onChange={(op) => op && setOp(op as Of<'event_time'>['op'])}
          allowDeselect={false}
        />
        {isDateOp(condition.op) ? (
          <TextInput size="xs" type="date" aria-label={t('eventTime.date')} value={String(condition.value)} onChange={(e) => onChange({ ...condition, value: e.currentTarget.value })} />
        ) : (
          <NumberInput
            size="xs"
            w={110}
            aria-label={t('eventTime.days')}
            min={0}
            allowDecimal={false}
            value={typeof condition.value === 'number' ? condition.value : ''}
            onChange={(v) => typeof v === 'number' && onChange({ ...condition, value: v })}
            rightSection={<Text size="xs" c="dimmed">{t('units.days')}</Text>}
            rightSectionWidth={48}
          />
        )}
      </Group>
    </EventRefInput>
  );
}
