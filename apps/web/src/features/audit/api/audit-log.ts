import type { AuditEntry } from '@rapport/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQueryOptions } from '../../../lib/pagination';

export const auditKeys = { all: ['audit-log'] as const };

export interface AuditFilter {
  entity?: string;
  entityId?: string;
}

/** GET /api/v1/audit-log, newest first, optionally for one kind of record or one record. */
export const useAuditLog = (filter: AuditFilter = {}, limit = 50) =>
  useInfiniteQuery(pagedQueryOptions<AuditEntry>(auditKeys.all, '/api/v1/audit-log', { ...filter }, limit));
