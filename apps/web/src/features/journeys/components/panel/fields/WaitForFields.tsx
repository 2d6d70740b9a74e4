import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { emptyDefinition } from '../../../../segments';
import { builderErrors, fieldError } from '../../../model/errors';
import { ConditionInput } from '../inputs/ConditionInput';
import { DurationInput } from '../inputs/DurationInput';
import { EventInput } from '../inputs/EventInput';
import type { FieldsProps } from './types';

/** Waiting for an event or a condition, at most so long: "until Order Completed, at most 2 days". */
export function WaitForFields({ step, onChange, problems, readOnly }: FieldsProps<'wait_for'>) {
  const { t } = useTranslation('journeys');
  const u = step.until;
  return (
    <Stack gap="sm">
      <div>
        <Text size="sm" fw={500} mb={4}>
          {t('waitFor.kind')}
        </Text>
        <SegmentedControl
          fullWidth
          size="xs"
          value={u.kind}
          onChange={(kind) => {
            if (kind === u.kind) return;
            onChange({ ...step, until: kind === 'event' ? { kind: 'event', event: '', where: [] } : { kind: 'condition', definition: emptyDefinition() } });
          }}
          data={(['event', 'condition'] as const).map((k) => ({ value: k, label: t(`waitFor.kinds.${k}`) }))}
          disabled={readOnly}
          data-testid="wait-for-kind"
        />
      </div>
      {u.kind === 'event' ? (
        <EventInput
          label={t('waitFor.event')}
          placeholder="Order Completed"
          event={u.event}
          where={u.where}
          onChange={(v) => onChange({ ...step, until: { ...u, ...v } })}
          error={fieldError(problems, 'until.event') ?? fieldError(problems, 'until.where')}
          testId="wait-for-event"
          disabled={readOnly}
        />
      ) : (
        <ConditionInput value={u.definition} onChange={(definition) => onChange({ ...step, until: { ...u, definition } })} errors={builderErrors(problems, 'until.definition')} disabled={readOnly} />
      )}
      <DurationInput
        label={t('waitFor.timeout')}
        minutes={step.timeoutMinutes}
        onChange={(timeoutMinutes) => onChange({ ...step, timeoutMinutes })}
        error={fieldError(problems, 'timeoutMinutes')}
        testId="wait-for-timeout"
        disabled={readOnly}
      />
    </Stack>
  );
}
