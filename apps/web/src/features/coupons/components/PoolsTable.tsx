import { Table, Text, Tooltip } from '@mantine/core';
import type { CouponPool } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { AnchorLink } from '../../../ui/AnchorLink';
import { PoolKindBadge } from './PoolKindBadge';
import { usePoolLabels } from './use-pool-labels';

/** Coupon pools with their worth, expiry and how many codes they hold, gave out and saw used. */
export function PoolsTable({ pools }: { pools: CouponPool[] }) {
  const { t, i18n } = useTranslation('coupons');
  const lng = i18n.language;
  const number = new Intl.NumberFormat(lng);
  const labels = usePoolLabels();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="pools-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.name')}</Table.Th>
            <Table.Th>{t('list.kind')}</Table.Th>
            <Table.Th>{t('list.value')}</Table.Th>
            <Table.Th>{t('list.expiry')}</Table.Th>
            <Table.Th ta="right">{t('list.codes')}</Table.Th>
            <Table.Th ta="right">{t('list.issued')}</Table.Th>
            <Table.Th ta="right">{t('list.redeemed')}</Table.Th>
            <Table.Th>{t('list.created')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pools.map((p) => (
            <Table.Tr key={p.id} data-testid="pool-row" data-pool={p.id}>
              <Table.Td>
                <AnchorLink to="/messages/coupons/$poolId" params={{ poolId: p.id }} fw={500} size="sm" data-testid="pool-name">
                  {p.name}
                </AnchorLink>
                {p.prefix ? (
                  <Text size="xs" c="dimmed" ff="monospace">
                    {p.prefix}-…
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <PoolKindBadge kind={p.kind} />
              </Table.Td>
              <Table.Td>{labels.value(p)}</Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {labels.expiry(p)}
                </Text>
              </Table.Td>
              <Table.Td ta="right" ff="monospace" data-testid="pool-codes">
                {number.format(p.codes)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {number.format(p.issued)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {number.format(p.redeemed)}
              </Table.Td>
              <Table.Td>
                <Tooltip label={formatDateTime(p.createdAt, lng)}>
                  <Text size="sm" c="dimmed" component="span">
                    {formatRelative(p.createdAt, lng)}
                  </Text>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
