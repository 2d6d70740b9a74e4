import { Anchor, Avatar, Group, Table, Text, Tooltip } from '@mantine/core';
import type { Product } from '@rapport/contracts';
import { IconPackage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatAmount, formatDateTime, formatRelative } from '../../../lib/format';

/** Products with their price, stock and last change; a name with a URL links to the shop's page. */
export function ProductsTable({ products }: { products: Product[] }) {
  const { t, i18n } = useTranslation('commerce');
  const lng = i18n.language;
  const number = new Intl.NumberFormat(lng);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="products-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('products.sku')}</Table.Th>
            <Table.Th>{t('products.name')}</Table.Th>
            <Table.Th>{t('products.category')}</Table.Th>
            <Table.Th ta="right">{t('products.price')}</Table.Th>
            <Table.Th ta="right">{t('products.stock')}</Table.Th>
            <Table.Th>{t('products.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {products.map((product) => (
            <Table.Tr key={product.id}>
              <Table.Td ff="monospace" fz="sm">
                {product.sku}
              </Table.Td>
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <Avatar src={product.imageUrl} alt="" size={32} radius="sm" color="gray">
                    <IconPackage size={16} />
                  </Avatar>
                  {product.url ? (
                    <Anchor href={product.url} target="_blank" rel="noopener noreferrer" size="sm" fw={500}>
                      {product.name ?? product.sku}
                    </Anchor>
                  ) : (
                    <Text size="sm" fw={500} c={product.name ? undefined : 'dimmed'}>
                      {product.name ?? t('products.unnamed')}
                    </Text>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={product.category ? undefined : 'dimmed'}>
                  {product.category ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{product.price === null ? '—' : formatAmount(product.price, product.currency, lng)}</Table.Td>
              <Table.Td ta="right" c={product.stock !== null && product.stock <= 0 ? 'red' : undefined}>
                {product.stock === null ? '—' : number.format(product.stock)}
              </Table.Td>
              <Table.Td>
                <Tooltip label={formatDateTime(product.updatedAt, lng)}>
                  <Text size="sm" w="fit-content">
                    {formatRelative(product.updatedAt, lng)}
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
