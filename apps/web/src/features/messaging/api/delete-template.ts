import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { messagingKeys, templatePath } from './keys';

/** DELETE /api/v1/message-templates/:id, with its versions. */
export function useDeleteTemplate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>(templatePath(id), { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: messagingKeys.template(id) });
      queryClient.removeQueries({ queryKey: messagingKeys.versions(id) });
      return queryClient.invalidateQueries({ queryKey: [...messagingKeys.templates(), 'list'] });
    },
  });
}
