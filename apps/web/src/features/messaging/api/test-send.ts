import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { messagingKeys, templatePath } from './keys';

export interface TestSendResult {
  via: 'smtp' | 'outbox';
  messageId: string;
}

/** POST /api/v1/message-templates/:id/test-send: the saved email, rendered as a contact, to the user's address. */
export function useTestSend(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { contactId: string; to: string }) => api<TestSendResult>(`${templatePath(id)}/test-send`, { method: 'POST', body: input }),
    // The card shows the failure beside the address.
    meta: { skipErrorNotification: true },
    onSuccess: (result) => (result.via === 'outbox' ? queryClient.invalidateQueries({ queryKey: messagingKeys.outboxList() }) : undefined),
  });
}
