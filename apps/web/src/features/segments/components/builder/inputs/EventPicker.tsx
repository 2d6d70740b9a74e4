import { Select } from '@mantine/core';
import type { SegmentCatalog } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { eventChoices, eventKey, parseEventKey, type EventRef } from '../../../model/events';

interface Props {
  value: EventRef;
  onChange: (ref: EventRef) => void;
  events: SegmentCatalog['events'];
  label?: string;
  error?: string | undefined;
}

/** Picks an event the workspace has received (or a standard one it may receive), grouped by kind. */
export function EventPicker({ value, onChange, events, label, error }: Props) {
  const { t } = useTranslation('segments');
  const data = eventChoices(events, value, (group) => t(`eventGroups.${group}`));
  return (
    <Select
      size="xs"
      w={230}
      aria-label={label ?? t('event.pick')}
      placeholder={t('event.pick')}
      data={data}
      value={value.event ? eventKey(value) : null}
      onChange={(key) => {
        if (!key) return;
        const { event, eventType } = parseEventKey(key);
        // Property filters belong to the event they were written for.
        const same = event === value.event && eventType === (value.eventType ?? 'track');
        onChange({ event, ...(eventType === 'track' ? {} : { eventType }), ...(same && value.where ? { where: value.where } : {}) });
      }}
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('event.none')}
      error={error}
      maxDropdownHeight={320}
    />
  );
}
