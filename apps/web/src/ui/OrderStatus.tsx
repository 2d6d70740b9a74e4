import { Badge, type BadgeProps } from '@mantine/core';
import type { Order } from '@rapport/contracts';
import { IconReceiptRefund, IconShoppingBag, IconShoppingBagCheck, IconShoppingBagX, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export type OrderStatus = Order['status'];

/** Icon and colour of each order status, shared by the orders card and the timeline. */
export const orderStatusStyles: Record<OrderStatus, { icon: Icon; color: string }> = {
  placed: { icon: IconShoppingBag, color: 'blue' },
  paid: { icon: IconShoppingBag, color: 'teal' },
  fulfilled: { icon: IconShoppingBagCheck, color: 'green' },
  cancelled: { icon: IconShoppingBagX, color: 'red' },
  refunded: { icon: IconReceiptRefund, color: 'orange' },
};

/** Cancelled and refunded orders add nothing (or less) to revenue, so they are shown apart. */
export const isReversed = (status: OrderStatus) => status === 'cancelled' || status === 'refunded';

/**
 * Whether the order's amount is struck through: a cancelled order adds nothing to revenue. A
 * cancellation note (a negative order, like a till's "C" invoice) does count: it subtracts its amount.
 */
export const isVoided = (order: { status: OrderStatus; total: number; netRevenue: number }) => order.status === 'cancelled' && order.netRevenue !== order.total;

export function OrderStatusBadge({ status, size = 'sm' }: { status: OrderStatus; size?: BadgeProps['size'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={orderStatusStyles[status].color} radius="sm" size={size}>
      {t(`orderStatuses.${status}`)}
    </Badge>
  );
}
