import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import type { PropertyFilter, SegmentCatalog, segmentEventTypes } from '@rapport/contracts';

/** What a behavioural condition names: an event (a page or screen name for those types) and filters on its properties. */
export interface EventRef {
  event: string;
  eventType?: (typeof segmentEventTypes)[number] | undefined;
  where?: PropertyFilter[] | undefined;
}

type CatalogEvent = SegmentCatalog['events'][number];
export type EventGroup = 'track' | 'page' | 'screen' | 'standard';

/** A select value for an event: names repeat across types ("Home" may be a page and a screen). */
export const eventKey = (ref: Pick<EventRef, 'event' | 'eventType'>) => `${ref.eventType ?? 'track'}|${ref.event}`;

export function parseEventKey(key: string): { event: string; eventType: (typeof segmentEventTypes)[number] } {
  const at = key.indexOf('|');
  const type = key.slice(0, at);
  return { event: key.slice(at + 1), eventType: type === 'page' || type === 'screen' || type === 'identify' ? type : 'track' };
}

/**
 * The events as select groups: those received by kind (most frequent first, as the catalogue
 * sends them), then the standard ones not received yet. An event named by a stored definition
 * but missing from the catalogue stays choosable, so the select can show it.
 */
export function eventChoices(events: CatalogEvent[], current: EventRef | null, groupLabel: (g: EventGroup) => string): ComboboxItemGroup<ComboboxItem>[] {
  const groups = new Map<EventGroup, ComboboxItem[]>();
  const seen = new Set<string>();
  for (const e of events) {
    const group: EventGroup = e.count === 0 ? 'standard' : e.type === 'page' || e.type === 'screen' ? e.type : 'track';
    const value = eventKey({ event: e.name, eventType: e.type === 'track' ? undefined : (e.type as EventRef['eventType']) });
    if (seen.has(value)) continue;
    seen.add(value);
    groups.set(group, [...(groups.get(group) ?? []), { value, label: e.name }]);
  }
  if (current?.event && !seen.has(eventKey(current))) {
    const group: EventGroup = current.eventType === 'page' || current.eventType === 'screen' ? current.eventType : 'track';
    groups.set(group, [{ value: eventKey(current), label: current.event }, ...(groups.get(group) ?? [])]);
  }
  return (['track', 'page', 'screen', 'standard'] as const)
    .filter((g) => groups.has(g))
    .map((g) => ({ group: groupLabel(g), items: groups.get(g)! }));
}

/** Property keys seen on an event, for suggestions. */
export function propertyKeysOf(events: CatalogEvent[], ref: Pick<EventRef, 'event' | 'eventType'>): string[] {
  const type = ref.eventType ?? 'track';
  return events.find((e) => e.name === ref.event && e.type === type)?.propertyKeys ?? [];
}

type PropertyOp = PropertyFilter['op'];
const noValue = new Set<PropertyOp>(['is_set', 'is_not_set']);
const listOps = new Set<PropertyOp>(['in', 'not_in']);
const numberOps = new Set<PropertyOp>(['gt', 'gte', 'lt', 'lte']);

/** What a property operator's value looks like, and so which input the builder shows. */
export function propertyValueKind(op: PropertyOp): 'none' | 'list' | 'number' | 'text' {
  if (noValue.has(op)) return 'none';
  if (listOps.has(op)) return 'list';
  return numberOps.has(op) ? 'number' : 'text';
}

/** The filter with another operator, keeping what was typed where it still fits. */
export function withPropertyOp(f: PropertyFilter, op: PropertyOp): PropertyFilter {
  const first = Array.isArray(f.value) ? f.value[0] : f.value;
  const blank = first === undefined || first === null || first === '';
  switch (propertyValueKind(op)) {
    case 'none':
      return { property: f.property, op };
    case 'list':
      return { property: f.property, op, value: Array.isArray(f.value) ? f.value : blank ? [] : [String(first)] };
    case 'number': {
      const n = blank ? NaN : Number(first);
      return Number.isFinite(n) ? { property: f.property, op, value: n } : { property: f.property, op };
    }
    case 'text':
      return { property: f.property, op, value: blank ? '' : String(first) };
  }
}

export function isPropertyFilterComplete(f: PropertyFilter): boolean {
  if (!f.property) return false;
  switch (propertyValueKind(f.op)) {
    case 'none':
      return true;
    case 'list':
      return Array.isArray(f.value) && f.value.length > 0;
    case 'number':
      return typeof f.value === 'number';
    case 'text':
      return typeof f.value === 'string' ? f.value !== '' : typeof f.value === 'number' || typeof f.value === 'boolean';
  }
}

export const isEventRefComplete = (ref: EventRef) => ref.event !== '' && (ref.where ?? []).every(isPropertyFilterComplete);
