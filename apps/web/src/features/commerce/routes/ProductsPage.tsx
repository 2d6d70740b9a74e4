import { EmptyState, Paper, Skeleton, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPackage, IconSearch } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { flattenPages } from '../../../lib/pagination';
import { LoadMore } from '../../../ui/LoadMore';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryError } from '../../../ui/QueryError';
import { canWrite, useRole } from '../../auth';
import { ImportButton } from '../../imports';
import { useProducts } from '../api/products';
import { ProductsTable } from '../components/ProductsTable';

const route = getRouteApi('/_app/products');

/** The product catalogue: from product imports, order lines and product events, searchable by sku or name. */
export function ProductsPage() {
  const { t } = useTranslation('commerce');
  const writable = canWrite(useRole());
  // The search lives in the URL, so a link can open the list at one product.
  const { q = '' } = route.useSearch();
  const navigate = route.useNavigate();
  const [debounced] = useDebouncedValue(q.trim(), 250);
  const query = useProducts(debounced);
  const products = flattenPages(query.data);

  return (
    <>
      <PageHeader title={t('products.title')} description={t('products.description')} actions={writable ? <ImportButton entity="products" /> : null} />
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <TextInput
            leftSection={<IconSearch size={16} />}
            placeholder={t('products.search')}
            aria-label={t('products.search')}
            value={q}
            onChange={(e) => void navigate({ search: { q: e.currentTarget.value || undefined }, replace: true })}
            w={{ base: '100%', sm: 320 }}
            data-testid="products-search"
          />
          {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
          {query.isPending ? <Skeleton h={240} radius="md" /> : null}
          {query.isSuccess && products.length === 0 ? (
            debounced ? (
              <EmptyState py={32} variant="light" title={t('products.noMatch')} />
            ) : (
              <EmptyState py={48} icon={<IconPackage size={28} />} variant="light" title={t('products.empty')} description={t('products.emptyHint')} />
            )
          ) : null}
          {products.length > 0 ? (
            <div style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
              <ProductsTable products={products} />
            </div>
          ) : null}
          <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />
        </Stack>
      </Paper>
    </>
  );
}
