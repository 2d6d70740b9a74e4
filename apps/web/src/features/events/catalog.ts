import type { EventCatalogEntry, EventType } from '@rapport/contracts';
import { eventTypes } from '@rapport/contracts';

/** One catalogue row: names repeat across types ("Home" may be a page and a screen). */
export const catalogKey = (entry: Pick<EventCatalogEntry, 'type' | 'name'>) => `${entry.type}\u0000${entry.name}`;

/** Rows matching a search text (in the name or a property key) and a type. */
export function filterCatalog(entries: EventCatalogEntry[], q: string, type: EventType | null): EventCatalogEntry[] {
  const needle = q.trim().toLowerCase();
  return entries.filter(
    (e) =>
      (!type || e.type === type) &&
      (!needle || e.name.toLowerCase().includes(needle) || e.properties.some((p) => p.key.toLowerCase().includes(needle))),
  );
}

export interface EventsSearch {
  /** The event whose latest occurrences are open: its type, and its name ('' for unnamed calls). */
  type?: EventType | undefined;
  name?: string | undefined;
}

const isEventType = (v: unknown): v is EventType => typeof v === 'string' && (eventTypes as readonly string[]).includes(v);

/** The /events URL search: an unknown type drops both, so a stale link shows the plain catalogue. */
export function validateEventsSearch(search: Record<string, unknown>): EventsSearch {
  if (!isEventType(search.type)) return {};
  return { type: search.type, name: typeof search.name === 'string' ? search.name : typeof search.name === 'number' ? String(search.name) : '' };
}
