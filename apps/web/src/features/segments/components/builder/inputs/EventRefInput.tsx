import { Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { propertyKeysOf, type EventRef } from '../../../model/events';
import { useBuilder } from '../builder-context';
import { EventPicker } from './EventPicker';
import { PropertyFilters } from './PropertyFilters';

interface Props<R extends EventRef> {
  value: R;
  onChange: (ref: R) => void;
  label?: string;
  /** Inputs that follow the event on its line (count, window…). */
  children?: ReactNode;
}

/** An event and, under it, filters on its properties with the keys it was seen with. */
export function EventRefInput<R extends EventRef>({ value, onChange, label, children }: Props<R>) {
  const { catalog } = useBuilder();
  const set = (next: EventRef) => {
    const { event: _e, eventType: _t, where: _w, ...rest } = value;
    onChange({ ...rest, ...next } as R);
  };
  return (
    <Stack gap={4}>
      <Group gap={6} wrap="wrap" align="flex-start">
        <EventPicker value={value} onChange={set} events={catalog.events} label={label} />
        {children}
      </Group>
      <PropertyFilters
        value={value.where ?? []}
        keys={propertyKeysOf(catalog.events, value)}
        onChange={(where) => set({ event: value.event, eventType: value.eventType, where })}
      />
    </Stack>
  );
}
