import { ActionIcon, Paper, Skeleton, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import type { Order } from '@rapport/contracts';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmount, formatDate, formatDateTime } from '../../../lib/format';
import { flattenPages } from '../../../lib/pagination';
import { LoadMore } from '../../../ui/LoadMore';
import { isReversed, isVoided, OrderStatusBadge } from '../../../ui/OrderStatus';
import { QueryError } from '../../../ui/QueryError';
import { useOrders } from '../api/orders';
import { OrderLinesTable } from './OrderLinesTable';

/** Subtotal, discount, shipping, tax, refund, coupon and store: the parts of the total that are there. */
function useBreakdown(order: Order): string[] {
  const { t, i18n } = useTranslation('commerce');
  const money = (n: number) => formatAmount(n, order.currency, i18n.language);
  return [
    t('orders.subtotal', { amount: money(order.subtotal) }),
    order.discount ? t('orders.discount', { amount: money(order.discount) }) : null,
    order.shipping ? t('orders.shipping', { amount: money(order.shipping) }) : null,
    order.tax ? t('orders.tax', { amount: money(order.tax) }) : null,
    order.refunded ? t('orders.refunded', { amount: money(order.refunded) }) : null,
    order.couponCode ? t('orders.coupon', { code: order.couponCode }) : null,
    order.storeId ? t('orders.store', { id: order.storeId }) : null,
  ].filter((part): part is string => part !== null);
}

function OrderDetails({ order }: { order: Order }) {
  return (
    <Stack gap={6}>
      <Text size="xs" c="dimmed">
        {useBreakdown(order).join(' · ')}
      </Text>
      <OrderLinesTable order={order} />
    </Stack>
  );
}

function OrderRow({ order, open, onToggle }: { order: Order; open: boolean; onToggle: () => void }) {
  const { t, i18n } = useTranslation(['commerce', 'common']);
  const lng = i18n.language;
  const reversed = isReversed(order.status);
  const label = open ? t('orders.hideItems') : t('orders.showItems');
  return (
    <Fragment>
      <Table.Tr onClick={onToggle} style={{ cursor: 'pointer' }} data-testid={`order-${order.orderId}`}>
        <Table.Td>
          <Tooltip label={label}>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={label}
              aria-expanded={open}
              onClick={(e) => {
                // The row toggles too; without this the click would toggle twice.
                e.stopPropagation();
                onToggle();
              }}
            >
              {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
            </ActionIcon>
          </Tooltip>
        </Table.Td>
        <Table.Td ff="monospace" fw={500}>
          {order.orderId}
        </Table.Td>
        <Table.Td>
          <Tooltip label={formatDateTime(order.placedAt, lng)}>
            <Text size="sm" w="fit-content">
              {formatDate(order.placedAt, lng)}
            </Text>
          </Tooltip>
        </Table.Td>
        <Table.Td>
          <OrderStatusBadge status={order.status} />
        </Table.Td>
        <Table.Td ta="right" td={isVoided(order) ? 'line-through' : undefined} c={reversed ? 'dimmed' : undefined}>
          {formatAmount(order.total, order.currency, lng)}
        </Table.Td>
        <Table.Td ta="right" fw={500} c={order.netRevenue < 0 ? 'red' : undefined}>
          {formatAmount(order.netRevenue, order.currency, lng)}
        </Table.Td>
        <Table.Td>{t(`common:orderChannels.${order.channel}`)}</Table.Td>
        <Table.Td c="dimmed">{t(`common:orderSources.${order.source}`)}</Table.Td>
      </Table.Tr>
      {open ? (
        <Table.Tr>
          <Table.Td />
          <Table.Td colSpan={7} pb="md">
            <OrderDetails order={order} />
          </Table.Td>
        </Table.Tr>
      ) : null}
    </Fragment>
  );
}

/** The contact's orders, newest first; a row opens to show its items. */
export function ContactOrdersCard({ contactId }: { contactId: string }) {
  const { t } = useTranslation('commerce');
  const query = useOrders({ contactId }, 5);
  const orders = flattenPages(query.data);
  const [expanded, setExpanded] = useState<string[]>([]);
  const toggle = (id: string) => setExpanded(expanded.includes(id) ? expanded.filter((k) => k !== id) : [...expanded, id]);

  return (
    <Paper withBorder radius="md" p="lg" data-testid="contact-orders">
      <Title order={4} mb="sm">
        {t('orders.title')}
      </Title>
      {query.isPending ? <Skeleton h={80} /> : null}
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isSuccess && orders.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('orders.empty')}
        </Text>
      ) : null}
      {orders.length > 0 ? (
        <Table.ScrollContainer minWidth={680}>
          <Table verticalSpacing="xs" highlightOnHover fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40} />
                <Table.Th>{t('orders.orderId')}</Table.Th>
                <Table.Th>{t('orders.placedAt')}</Table.Th>
                <Table.Th>{t('orders.status')}</Table.Th>
                <Table.Th ta="right">{t('orders.total')}</Table.Th>
                <Table.Th ta="right">{t('orders.net')}</Table.Th>
                <Table.Th>{t('orders.channel')}</Table.Th>
                <Table.Th>{t('orders.source')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {orders.map((order) => (
                <OrderRow key={order.id} order={order} open={expanded.includes(order.id)} onToggle={() => toggle(order.id)} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />
    </Paper>
  );
}
