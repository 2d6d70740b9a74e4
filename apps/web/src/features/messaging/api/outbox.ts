import type { OutboxMessage } from '@rapport/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQueryOptions } from '../../../lib/pagination';
import { messagingKeys } from './keys';

/** GET /api/v1/outbox: mail kept while no SMTP server is configured, newest first. */
export const useOutbox = () => useInfiniteQuery(pagedQueryOptions<OutboxMessage>(messagingKeys.outboxList(), '/api/v1/outbox'));
