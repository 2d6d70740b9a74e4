import type { Order } from '@rapport/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQueryOptions } from '../../../lib/pagination';
import type { OrderStatus } from '../../../ui/OrderStatus';
import { commerceKeys } from './keys';

export interface OrderFilter {
  contactId?: string | undefined;
  status?: OrderStatus | undefined;
}

/** GET /api/v1/orders, newest first, each with its lines. */
export const useOrders = (filter: OrderFilter, limit = 25) =>
  useInfiniteQuery(pagedQueryOptions<Order>(commerceKeys.orders(), '/api/v1/orders', { ...filter }, limit));
