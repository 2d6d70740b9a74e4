import type { FieldDescriptor } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { recordKeys, resourceOf, type ViewEntity } from './entity';

/** GET /api/v1/<resource>/fields: what each field offers to columns, filters, sorting and editing. */
export const useRecordFields = (entity: ViewEntity) =>
  useQuery({
    queryKey: recordKeys.fields(entity),
    queryFn: ({ signal }) => api<{ data: FieldDescriptor[] }>(`/api/v1/${resourceOf(entity)}/fields`, { signal }),
    select: (r) => r.data,
    staleTime: 60_000,
  });
