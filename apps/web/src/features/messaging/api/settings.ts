import type { MessagingSettings } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { messagingKeys, settingsPath } from './keys';

/** GET /api/v1/messaging/settings: sender, sending rules, providers (secrets only as "saved") and the webhook secret. */
export const useMessagingSettings = () =>
  useQuery({
    queryKey: messagingKeys.settings(),
    queryFn: ({ signal }) => api<MessagingSettings>(settingsPath, { signal }),
    // The form starts from this once; a refetch must not look like someone else's edit.
    staleTime: Infinity,
  });
