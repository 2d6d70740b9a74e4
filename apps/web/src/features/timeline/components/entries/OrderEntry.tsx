import { Anchor, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmount } from '../../../../lib/format';
import { isReversed, isVoided, orderStatusStyles } from '../../../../ui/OrderStatus';
import { OrderItems } from '../../../commerce';
import type { OrderEntryData } from '../../entry-data';

/** "Order A-1001 · paid · 1,160 TWD"; a cancelled order's amount is struck through, as it adds nothing. */
export function OrderTitle({ order }: { order: OrderEntryData }) {
  const { t, i18n } = useTranslation(['timeline', 'common']);
  return (
    <>
      {t('order.title', { orderId: order.orderId })}
      {' · '}
      <Text span inherit c={orderStatusStyles[order.status].color}>
        {t(`common:orderStatuses.${order.status}`)}
      </Text>
      {' · '}
      <Text span inherit td={isVoided(order) ? 'line-through' : undefined} c={isReversed(order.status) ? 'dimmed' : undefined}>
        {formatAmount(order.total, order.currency, i18n.language)}
      </Text>
    </>
  );
}

/** The channel, what a refund left of the revenue, and the items on demand. */
export function OrderDetails({ order }: { order: OrderEntryData }) {
  const { t, i18n } = useTranslation(['timeline', 'common']);
  const [open, setOpen] = useState(false);
  const facts = [
    order.channel ? t(`common:orderChannels.${order.channel}`) : null,
    order.netRevenue !== order.total ? t('order.net', { amount: formatAmount(order.netRevenue, order.currency, i18n.language) }) : null,
  ].filter(Boolean);
  return (
    <>
      <Group gap="xs">
        {facts.length ? (
          <Text size="xs" c="dimmed">
            {facts.join(' · ')}
          </Text>
        ) : null}
        <Anchor component="button" type="button" size="xs" onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? t('order.hideItems') : t('order.showItems')}
        </Anchor>
      </Group>
      {open ? <OrderItems orderId={order.orderPk} /> : null}
    </>
  );
}
