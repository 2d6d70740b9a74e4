import type { MessageTemplate, MessageTemplateInput } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { messagingKeys, templatesPath } from './keys';

/** POST /api/v1/message-templates; a refusal lists its problems by path, which the editor shows at their fields. */
export function useCreateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MessageTemplateInput) => api<MessageTemplate>(templatesPath, { method: 'POST', body: input }),
    meta: { skipErrorNotification: true },
    onSuccess: (template) => {
      queryClient.setQueryData(messagingKeys.template(template.id), template);
      return queryClient.invalidateQueries({ queryKey: [...messagingKeys.templates(), 'list'] });
    },
  });
}
