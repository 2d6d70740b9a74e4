import { NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../model/errors';
import { DurationInput } from '../inputs/DurationInput';
import type { FieldsProps } from './types';

type Kind = 'duration' | 'time_of_day' | 'date_field';

/** A wait: for a time, until a time of day, or until a date of the contact's. */
export function WaitFields({ step, onChange, problems, readOnly }: FieldsProps<'wait'>) {
  const { t } = useTranslation('journeys');
  const w = step.wait;
  const err = (f: string) => fieldError(problems, `wait.${f}`);
  const setKind = (kind: Kind) => {
    if (kind === w.kind) return;
    const wait = kind === 'duration' ? { kind, minutes: 1440 } : kind === 'time_of_day' ? { kind, at: '09:00' } : { kind, field: 'birthday', offsetDays: 0, at: '09:00' };
    onChange({ ...step, wait });
  };
  return (
    <Stack gap="sm">
      <div>
        <Text size="sm" fw={500} mb={4}>
          {t('wait.kind')}
        </Text>
        <SegmentedControl
          fullWidth
          size="xs"
          value={w.kind}
          onChange={(v) => setKind(v as Kind)}
          data={(['duration', 'time_of_day', 'date_field'] as const).map((k) => ({ value: k, label: t(`wait.kinds.${k}`) }))}
          disabled={readOnly}
          data-testid="wait-kind"
        />
      </div>
      {w.kind === 'duration' ? (
        <DurationInput label={t('wait.duration')} minutes={w.minutes} onChange={(minutes) => onChange({ ...step, wait: { ...w, minutes } })} error={err('minutes')} testId="wait-duration" disabled={readOnly} />
      ) : null}
      {w.kind === 'time_of_day' ? (
        <TextInput type="time" label={t('wait.at')} value={w.at} onChange={(e) => onChange({ ...step, wait: { ...w, at: e.currentTarget.value } })} error={err('at')} disabled={readOnly} data-testid="wait-at" />
      ) : null}
      {w.kind === 'date_field' ? (
        <>
          <TextInput label={t('wait.field')} value={w.field} onChange={(e) => onChange({ ...step, wait: { ...w, field: e.currentTarget.value } })} error={err('field')} disabled={readOnly} />
          <NumberInput label={t('wait.offsetDays')} value={w.offsetDays} min={-365} max={365} onChange={(v) => typeof v === 'number' && onChange({ ...step, wait: { ...w, offsetDays: v } })} error={err('offsetDays')} disabled={readOnly} />
          <TextInput type="time" label={t('wait.at')} value={w.at} onChange={(e) => onChange({ ...step, wait: { ...w, at: e.currentTarget.value } })} error={err('at')} disabled={readOnly} />
        </>
      ) : null}
    </Stack>
  );
}
