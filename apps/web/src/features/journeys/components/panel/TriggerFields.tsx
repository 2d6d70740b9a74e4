import { NumberInput, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { nasldStates, type JourneyTrigger } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { useLifecycleStages } from '../../../settings';
import { fieldError, type Placed } from '../../model/errors';
import { EventInput } from './inputs/EventInput';
import { SegmentSelect } from './inputs/SegmentSelect';

type TriggerType = JourneyTrigger['type'];
const triggerTypes: TriggerType[] = ['event', 'segment_entered', 'segment_exited', 'model_changed', 'date', 'manual'];

/** A fresh trigger of a type; a segment trigger keeps the segment when it only changes direction. */
function newTrigger(type: TriggerType, before: JourneyTrigger): JourneyTrigger {
  switch (type) {
    case 'event':
      return { type, event: '', where: [] };
    case 'segment_entered':
    case 'segment_exited':
      return { type, segmentId: 'segmentId' in before ? before.segmentId : '' };
    case 'model_changed':
      return { type, model: 'nasld', to: 'A' };
    case 'date':
      return { type, field: 'birthday', offsetDays: 0, recurring: true, at: '09:00' };
    case 'manual':
      return { type };
  }
}

interface Props {
  trigger: JourneyTrigger;
  onChange: (trigger: JourneyTrigger) => void;
  problems: Placed[] | undefined;
  readOnly: boolean;
}

/** What enrols contacts, with the fields of its kind. */
export function TriggerFields({ trigger, onChange, problems, readOnly }: Props) {
  const { t } = useTranslation(['journeys', 'segments']);
  const lifecycle = useLifecycleStages();
  const err = (f: string) => fieldError(problems, `trigger.${f}`);
  const body = () => {
    switch (trigger.type) {
      case 'event':
        return (
          <EventInput
            label={t('journeys:trigger.event')}
            placeholder={t('journeys:trigger.eventPlaceholder')}
            event={trigger.event}
            where={trigger.where}
            onChange={(v) => onChange({ ...trigger, ...v })}
            error={err('event') ?? err('where')}
            testId="trigger-event"
            disabled={readOnly}
          />
        );
      case 'segment_entered':
      case 'segment_exited':
        return <SegmentSelect label={t('journeys:trigger.segment')} value={trigger.segmentId} onChange={(segmentId) => onChange({ ...trigger, segmentId })} error={err('segmentId')} testId="trigger-segment" disabled={readOnly} />;
      case 'model_changed': {
        const states =
          trigger.model === 'nasld'
            ? nasldStates.map((s) => ({ value: s, label: t(`segments:nasldStates.${s}`) }))
            : lifecycle.stages.map((s) => ({ value: s.key, label: s.label }));
        return (
          <>
            <Select
              label={t('journeys:trigger.model')}
              data={(['nasld', 'lifecycle'] as const).map((m) => ({ value: m, label: t(`journeys:trigger.models.${m}`) }))}
              value={trigger.model}
              onChange={(m) => m && m !== trigger.model && onChange({ type: 'model_changed', model: m as 'nasld' | 'lifecycle', to: '' })}
              allowDeselect={false}
              disabled={readOnly}
            />
            <Select label={t('journeys:trigger.to')} data={states} value={trigger.to || null} onChange={(to) => to && onChange({ ...trigger, to })} allowDeselect={false} error={err('to')} disabled={readOnly} />
            <Select
              label={t('journeys:trigger.from')}
              data={states}
              value={trigger.from ?? null}
              onChange={(from) => {
                const { from: _old, ...rest } = trigger;
                onChange(from ? { ...rest, from } : rest);
              }}
              clearable
              error={err('from')}
              disabled={readOnly}
            />
          </>
        );
      }
      case 'date':
        return (
          <>
            <TextInput label={t('journeys:trigger.field')} description={t('journeys:trigger.fieldHint')} value={trigger.field} onChange={(e) => onChange({ ...trigger, field: e.currentTarget.value })} error={err('field')} disabled={readOnly} />
            <NumberInput label={t('journeys:trigger.offsetDays')} min={-365} max={365} value={trigger.offsetDays} onChange={(v) => typeof v === 'number' && onChange({ ...trigger, offsetDays: v })} error={err('offsetDays')} disabled={readOnly} />
            <TextInput type="time" label={t('journeys:trigger.at')} value={trigger.at} onChange={(e) => onChange({ ...trigger, at: e.currentTarget.value })} error={err('at')} disabled={readOnly} />
            <Switch label={t('journeys:trigger.recurring')} checked={trigger.recurring} onChange={(e) => onChange({ ...trigger, recurring: e.currentTarget.checked })} disabled={readOnly} />
          </>
        );
      case 'manual':
        return (
          <Text size="sm" c="dimmed">
            {t('journeys:trigger.summary.manual')}
          </Text>
        );
    }
  };
  return (
    <Stack gap="sm" data-testid="trigger-fields">
      <Select
        label={t('journeys:trigger.type')}
        data={triggerTypes.map((type) => ({ value: type, label: t(`journeys:trigger.types.${type}`) }))}
        value={trigger.type}
        onChange={(type) => type && type !== trigger.type && onChange(newTrigger(type as TriggerType, trigger))}
        allowDeselect={false}
        disabled={readOnly}
        data-testid="trigger-type"
      />
      {body()}
      {fieldError(problems, 'start') ? (
        <Text size="xs" c="red" data-testid="field-error">
          {fieldError(problems, 'start')}
        </Text>
      ) : null}
    </Stack>
  );
}
