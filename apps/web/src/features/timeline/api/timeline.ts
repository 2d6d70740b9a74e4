import type { TimelineEntry } from '@rapport/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQueryOptions } from '../../../lib/pagination';

/** Records that have a timeline and notes. */
export type TimelineEntity = 'contact' | 'company';

/** The API collection of each entity: /api/v1/contacts/:id/…, /api/v1/companies/:id/… */
export const entityPath = (entity: TimelineEntity, id: string) =>
  `/api/v1/${entity === 'contact' ? 'contacts' : 'companies'}/${encodeURIComponent(id)}`;

export const timelineKeys = {
  all: ['timeline'] as const,
  record: (entity: TimelineEntity, id: string) => [...timelineKeys.all, entity, id] as const,
};

/** GET /api/v1/{contacts|companies}/:id/timeline, newest first; `kinds` empty means every kind. */
export const useTimeline = (entity: TimelineEntity, id: string, kinds: string[]) =>
  useInfiniteQuery({
    ...pagedQueryOptions<TimelineEntry>(timelineKeys.record(entity, id), `${entityPath(entity, id)}/timeline`, { kinds: kinds.join(',') || undefined }, 25),
    placeholderData: (previous) => previous,
  });
