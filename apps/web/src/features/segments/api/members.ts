import type { SegmentMember, SegmentMembershipChange } from '@rapport/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQueryOptions } from '../../../lib/pagination';
import { livePollMs, segmentKeys, segmentPath } from './segments';

/** GET /api/v1/segments/:id/members, newest first; polled like the segment's size. */
export const useSegmentMembers = (id: string) =>
  useInfiniteQuery({
    ...pagedQueryOptions<SegmentMember>(segmentKeys.members(id), `${segmentPath(id)}/members`),
    refetchInterval: livePollMs,
  });

/** GET /api/v1/segments/:id/history: entries and exits, newest first. */
export const useSegmentHistory = (id: string) =>
  useInfiniteQuery({
    ...pagedQueryOptions<SegmentMembershipChange>(segmentKeys.history(id), `${segmentPath(id)}/history`),
    refetchInterval: livePollMs * 2,
  });
