import type { OutboxMessage } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { messagingKeys } from './keys';

/** GET /api/v1/outbox/:id: one kept message, as it would have been sent. */
export const useOutboxMessage = (id: string) =>
  useQuery({
    queryKey: messagingKeys.outboxMessage(id),
    queryFn: ({ signal }) => api<OutboxMessage>(`/api/v1/outbox/${encodeURIComponent(id)}`, { signal }),
    // Kept mail never changes.
    staleTime: Infinity,
  });
