import { Table, Text } from '@mantine/core';
import type { Order } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { formatAmount } from '../../../lib/format';

/** The items of one order: what, how many, at what price. */
export function OrderLinesTable({ order }: { order: Pick<Order, 'lines' | 'currency'> }) {
  const { t, i18n } = useTranslation('commerce');
  const lng = i18n.language;
  const money = (n: number) => formatAmount(n, order.currency, lng);
  if (order.lines.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {t('orders.noItems')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table fz="xs" verticalSpacing={4} withRowBorders={false} data-testid="order-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('orders.items.sku')}</Table.Th>
            <Table.Th>{t('orders.items.name')}</Table.Th>
            <Table.Th>{t('orders.items.category')}</Table.Th>
            <Table.Th ta="right">{t('orders.items.quantity')}</Table.Th>
            <Table.Th ta="right">{t('orders.items.unitPrice')}</Table.Th>
            <Table.Th ta="right">{t('orders.items.discount')}</Table.Th>
            <Table.Th ta="right">{t('orders.items.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {order.lines.map((line, i) => (
            <Table.Tr key={`${line.sku}:${i}`}>
              <Table.Td ff="monospace">{line.sku}</Table.Td>
              <Table.Td>{line.name ?? '—'}</Table.Td>
              <Table.Td c="dimmed">{line.category ?? '—'}</Table.Td>
              <Table.Td ta="right">{new Intl.NumberFormat(lng).format(line.quantity)}</Table.Td>
              <Table.Td ta="right">{money(line.unitPrice)}</Table.Td>
              <Table.Td ta="right" c="dimmed">
                {line.discount ? money(line.discount) : '—'}
              </Table.Td>
              <Table.Td ta="right">{money(line.total)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
