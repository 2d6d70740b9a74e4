import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { segmentKeys, segmentPath } from './segments';

export interface AddMembersInput {
  contactIds?: string[];
  emails?: string[];
  externalIds?: string[];
}

export interface AddMembersResult {
  added: number;
  alreadyMembers: number;
  notFound: { value: string; reason: string }[];
}

function useRefreshList(id: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: segmentKeys.detail(id) });
    void queryClient.invalidateQueries({ queryKey: segmentKeys.history(id) });
    void queryClient.invalidateQueries({ queryKey: segmentKeys.list() });
    return queryClient.invalidateQueries({ queryKey: segmentKeys.members(id) });
  };
}

/** POST /api/v1/segments/:id/members: adds contacts to a static list by id, email or external id. */
export function useAddListMembers(id: string) {
  const refresh = useRefreshList(id);
  return useMutation({
    mutationFn: (input: AddMembersInput) => api<AddMembersResult>(`${segmentPath(id)}/members`, { method: 'POST', body: input }),
    onSuccess: refresh,
  });
}

/** POST /api/v1/segments/:id/members/remove: takes contacts off a static list. */
export function useRemoveListMembers(id: string) {
  const refresh = useRefreshList(id);
  return useMutation({
    mutationFn: (contactIds: string[]) => api<{ removed: number }>(`${segmentPath(id)}/members/remove`, { method: 'POST', body: { contactIds } }),
    onSuccess: refresh,
  });
}
