import type { EventType, StoredEvent } from '@rapport/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQueryOptions } from '../../../lib/pagination';
import { eventKeys } from './event-catalog';

export interface EventFilter {
  type?: EventType | undefined;
  /** Empty or missing: any name (the API has no "unnamed only" filter). */
  name?: string | undefined;
  contactId?: string | undefined;
  anonymousId?: string | undefined;
}

/** GET /api/v1/events, newest first. */
export const useEvents = (filter: EventFilter, enabled = true) =>
  useInfiniteQuery({
    ...pagedQueryOptions<StoredEvent>(eventKeys.list(), '/api/v1/events', { ...filter }, 25),
    enabled,
  });
