import type { Invitation } from '@rapport/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQueryOptions } from '../../../lib/pagination';

export const invitationKeys = { all: ['invitations'] as const };

/** GET /api/v1/invitations */
export const useInvitations = () => useInfiniteQuery(pagedQueryOptions<Invitation>(invitationKeys.all, '/api/v1/invitations'));
