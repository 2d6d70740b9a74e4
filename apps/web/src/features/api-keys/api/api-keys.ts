import type { ApiKey } from '@rapport/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQueryOptions } from '../../../lib/pagination';

export const apiKeyKeys = { all: ['api-keys'] as const };

/** GET /api/v1/api-keys */
export const useApiKeys = () => useInfiniteQuery(pagedQueryOptions<ApiKey>(apiKeyKeys.all, '/api/v1/api-keys'));
