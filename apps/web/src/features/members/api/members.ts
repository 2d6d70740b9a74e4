import type { Member } from '@rapport/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQueryOptions } from '../../../lib/pagination';

export const memberKeys = { all: ['members'] as const };

/** GET /api/v1/members */
export const useMembers = () => useInfiniteQuery(pagedQueryOptions<Member>(memberKeys.all, '/api/v1/members'));
