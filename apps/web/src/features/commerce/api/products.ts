import type { Product } from '@rapport/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQueryOptions } from '../../../lib/pagination';
import { commerceKeys } from './keys';

/** GET /api/v1/products, searched by sku or name. */
export const useProducts = (q: string) =>
  useInfiniteQuery({
    ...pagedQueryOptions<Product>(commerceKeys.products(), '/api/v1/products', { q: q || undefined }, 50),
    // Keeps the table in place while the next search loads.
    placeholderData: (previous) => previous,
  });
