import type { Note, NoteInput } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { timelineKeys } from './timeline';

/** PATCH /api/v1/notes/:id */
export function useUpdateNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: NoteInput }) =>
      api<Note>(`/api/v1/notes/${encodeURIComponent(id)}`, { method: 'PATCH', body: input }),
    onSuccess: (note) => queryClient.invalidateQueries({ queryKey: timelineKeys.record(note.entity, note.entityId) }),
  });
}
