import type { Order } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { commerceKeys } from './keys';

/** GET /api/v1/orders/:id, with its lines. `id` is the order's record id, not the shop's order id. */
export const useOrder = (id: string) =>
  useQuery({
    queryKey: commerceKeys.order(id),
    queryFn: ({ signal }) => api<Order>(`/api/v1/orders/${encodeURIComponent(id)}`, { signal }),
  });
