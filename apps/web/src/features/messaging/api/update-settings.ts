import type { MessagingSettings, MessagingSettingsInput } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { messagingKeys, settingsPath } from './keys';

/** PUT /api/v1/messaging/settings (managers and above); a secret left out keeps its saved value. */
export function useUpdateMessagingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MessagingSettingsInput) => api<MessagingSettings>(settingsPath, { method: 'PUT', body: input }),
    meta: { skipErrorNotification: true },
    onSuccess: (saved) => queryClient.setQueryData(messagingKeys.settings(), saved),
  });
}

/** POST /api/v1/messaging/settings/webhook-secret: a new signing secret; receivers need it from now on. */
export function useRotateWebhookSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<MessagingSettings>(`${settingsPath}/webhook-secret`, { method: 'POST' }),
    onSuccess: (saved) => queryClient.setQueryData(messagingKeys.settings(), saved),
  });
}
