import type { Note, NoteInput } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { entityPath, timelineKeys, type TimelineEntity } from './timeline';

/** POST /api/v1/{contacts|companies}/:id/notes */
export function useCreateNote(entity: TimelineEntity, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NoteInput) => api<Note>(`${entityPath(entity, id)}/notes`, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: timelineKeys.record(entity, id) }),
  });
}
