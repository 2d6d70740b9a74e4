import type { SegmentCatalog } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { segmentKeys } from './segments';

/** GET /api/v1/segments/catalog: the fields, model outputs, events and segments a condition may name. */
export const useSegmentCatalog = () =>
  useQuery({
    queryKey: segmentKeys.catalog(),
    queryFn: ({ signal }) => api<SegmentCatalog>('/api/v1/segments/catalog', { signal }),
    staleTime: 60_000,
  });
