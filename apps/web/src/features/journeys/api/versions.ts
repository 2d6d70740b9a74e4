import type { JourneyVersion } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { journeyKeys, journeyPath } from './keys';

/** GET /api/v1/journeys/:id/versions: every version, newest first. */
export const useJourneyVersions = (id: string, enabled = true) =>
  useQuery({
    queryKey: journeyKeys.versions(id),
    queryFn: ({ signal }) => api<JourneyVersion[]>(`${journeyPath(id)}/versions`, { signal }),
    enabled,
  });
