import type { SegmentGroup, SegmentPreview } from '@rapport/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { segmentKeys } from './segments';

/**
 * POST /api/v1/segments/preview: how many contacts a definition matches now, and 20 of them.
 * A read despite the POST, so it is a query: the last answer stays on screen while the next one
 * runs, and an unchanged definition is not asked twice.
 */
export const useSegmentPreview = (definition: SegmentGroup | null, segmentId?: string) =>
  useQuery({
    queryKey: [...segmentKeys.preview(), segmentId ?? null, definition],
    queryFn: ({ signal }) => api<SegmentPreview>('/api/v1/segments/preview', { method: 'POST', body: { definition, segmentId }, signal }),
    enabled: definition !== null,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 10_000,
  });
