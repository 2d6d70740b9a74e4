import type { Member, UpdateMemberInput } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { memberKeys } from './members';

/** PATCH /api/v1/members/:id */
export function useUpdateMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateMemberInput & { id: string }) =>
      api<Member>(`/api/v1/members/${encodeURIComponent(id)}`, { method: 'PATCH', body: input }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: memberKeys.all }),
  });
}
