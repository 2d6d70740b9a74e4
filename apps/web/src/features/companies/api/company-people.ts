import type { Contact } from '@rapport/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQueryOptions } from '../../../lib/pagination';

/**
 * GET /api/v1/contacts?companyId=…: the people of a company. Keyed under the contact lists
 * (["contacts", "list"]) so that creating or editing a contact refreshes it too.
 */
export const useCompanyPeople = (companyId: string) =>
  useInfiniteQuery(pagedQueryOptions<Contact>(['contacts', 'list', 'company', companyId], '/api/v1/contacts', { companyId }, 25));
