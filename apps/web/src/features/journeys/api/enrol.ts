import type { EnrolResult } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { journeyKeys, journeyPath } from './keys';

/** POST /api/v1/journeys/:id/enrol: contacts picked by hand enter the live journey now; a result per contact. */
export function useEnrol(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contactIds: string[]) => api<EnrolResult>(`${journeyPath(id)}/enrol`, { method: 'POST', body: { contactIds } }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: journeyKeys.runs(id) });
      return queryClient.invalidateQueries({ queryKey: [...journeyKeys.all, 'stats', id] });
    },
  });
}
