import type { JourneyRun } from '@rapport/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQueryOptions } from '../../../lib/pagination';
import { journeyKeys, journeyPath } from './keys';

/** GET /api/v1/journeys/:id/runs: contacts in or through the journey, newest first. */
export const useJourneyRuns = (id: string, enabled: boolean) =>
  useInfiniteQuery({
    ...pagedQueryOptions<JourneyRun>(journeyKeys.runs(id), `${journeyPath(id)}/runs`),
    enabled,
    refetchInterval: enabled ? 10_000 : false,
  });
