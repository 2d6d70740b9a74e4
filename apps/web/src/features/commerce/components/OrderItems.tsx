import { Skeleton } from '@mantine/core';
import { QueryError } from '../../../ui/QueryError';
import { useOrder } from '../api/order';
import { OrderLinesTable } from './OrderLinesTable';

/** The items of an order known only by its id (a timeline entry), loaded when shown. */
export function OrderItems({ orderId }: { orderId: string }) {
  const query = useOrder(orderId);
  if (query.isPending) return <Skeleton h={48} radius="sm" />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  return <OrderLinesTable order={query.data} />;
}
