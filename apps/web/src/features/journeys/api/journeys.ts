import type { Journey } from '@rapport/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQueryOptions } from '../../../lib/pagination';
import type { JourneyStatus } from '../model/status';
import { journeyKeys, journeysPath } from './keys';

/** GET /api/v1/journeys, newest first, optionally of one status. */
export const useJourneys = (status: JourneyStatus | undefined) =>
  useInfiniteQuery({
    ...pagedQueryOptions<Journey>(journeyKeys.list(status), journeysPath, { status }),
    placeholderData: (previous) => previous,
  });
