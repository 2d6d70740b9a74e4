import { Autocomplete, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { aggregateFunctions } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { propertyKeysOf } from '../../../model/events';
import { useBuilder } from '../builder-context';
import { CompareInput } from '../inputs/CompareInput';
import { EventRefInput } from '../inputs/EventRefInput';
import { WindowInput } from '../inputs/WindowInput';
import type { ConditionProps } from './EventConditions';

/** "Did E1 and then did not (or did) do E2 within N hours": carts and checkouts left behind. */
export function SequenceCondition({ condition, onChange }: ConditionProps<'event_sequence'>) {
  const { t } = useTranslation('segments');
  return (
    <Stack gap={6}>
      <EventRefInput value={condition.first} onChange={(first) => onChange({ ...condition, first })} label={t('sequence.first')}>
        <WindowInput value={condition.window} onChange={(window) => onChange({ ...condition, window })} />
      </EventRefInput>
      <Group gap={6} wrap="wrap">
        <Text size="xs" c="dimmed">
          {t('sequence.andThen')}
        </Text>
        <Select
          size="xs"
          w={150}
          aria-label={t('sequence.performed')}
          data={[
            { value: 'no', label: t('sequence.didNot') },
            { value: 'yes', label: t('sequence.did') },
          ]}
          value={condition.thenPerformed ? 'yes' : 'no'}
          onChange={(v) => onChange({ ...condition, thenPerformed: v === 'yes' })}
          allowDeselect={false}
        />
      </Group>
      <EventRefInput value={condition.then} onChange={(then) => onChange({ ...condition, then })} label={t('sequence.then')}>
        <Group gap={6} wrap="nowrap">
          <Text size="xs" c="dimmed">
            {t('sequence.within')}
          </Text>
          <NumberInput
            size="xs"
            w={110}
            aria-label={t('sequence.hours')}
            min={1}
            max={24 * 90}
            allowDecimal={false}
            value={condition.withinHours}
            onChange={(v) => typeof v === 'number' && onChange({ ...condition, withinHours: v })}
            rightSection={<Text size="xs" c="dimmed">{t('units.hours')}</Text>}
            rightSectionWidth={56}
          />
        </Group>
      </EventRefInput>
    </Stack>
  );
}

/** Sum, average, minimum, maximum or distinct count of an event property over a window, compared with a number. */
export function AggregateCondition({ condition, onChange }: ConditionProps<'event_aggregate'>) {
  const { t } = useTranslation('segments');
  const { catalog } = useBuilder();
  return (
    <EventRefInput value={condition} onChange={onChange}>
      <Group gap={6} wrap="wrap">
        <Select
          size="xs"
          w={150}
          aria-label={t('aggregate.function')}
          data={aggregateFunctions.map((a) => ({ value: a, label: t(`aggregate.${a}`) }))}
          value={condition.agg}
          onChange={(agg) => agg && onChange({ ...condition, agg: agg as typeof condition.agg })}
          allowDeselect={false}
        />
        <Autocomplete
          size="xs"
          w={170}
          aria-label={t('aggregate.property')}
          placeholder={t('aggregate.property')}
          data={propertyKeysOf(catalog.events, condition)}
          value={condition.property}
          onChange={(property) => onChange({ ...condition, property })}
        />
        <CompareInput value={condition} onChange={({ op, value }) => onChange({ ...condition, op, value })} />
        <WindowInput value={condition.window} onChange={(window) => onChange({ ...condition, window })} />
      </Group>
    </EventRefInput>
  );
}
