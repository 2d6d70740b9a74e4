import type { CustomField, CustomFieldEntity } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const customFieldKeys = {
  all: ['custom-fields'] as const,
  entity: (entity: CustomFieldEntity) => [...customFieldKeys.all, entity] as const,
};

const byPosition = (a: CustomField, b: CustomField) => a.position - b.position || a.label.localeCompare(b.label);

/** GET /api/v1/custom-fields?entity=…, in display order. */
export const useCustomFields = (entity: CustomFieldEntity) =>
  useQuery({
    queryKey: customFieldKeys.entity(entity),
    queryFn: ({ signal }) => api<{ data: CustomField[] }>('/api/v1/custom-fields', { query: { entity }, signal }),
    select: (r) => [...r.data].sort(byPosition),
    staleTime: 60_000,
  });
