import type { MessageTemplate, MessageTemplatePatch } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { messagingKeys, templatePath } from './keys';

/** PATCH /api/v1/message-templates/:id: a rename keeps the version, new content saves the next one. */
export function useUpdateTemplate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: MessageTemplatePatch) => api<MessageTemplate>(templatePath(id), { method: 'PATCH', body: patch }),
    meta: { skipErrorNotification: true },
    onSuccess: (template) => {
      queryClient.setQueryData(messagingKeys.template(id), template);
      void queryClient.invalidateQueries({ queryKey: messagingKeys.versions(id) });
      return queryClient.invalidateQueries({ queryKey: [...messagingKeys.templates(), 'list'] });
    },
  });
}
