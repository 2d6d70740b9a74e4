import type { Page } from '@rapport/contracts';
import { useMutation, useQueryClient, type InfiniteData, type QueryKey } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { auditKeys } from '../../audit';
import { findInPages, getFieldValue, noGroup, prependToPages, removeFromPages, replaceInPages } from '../model/records';
import { recordKeys, resourceOf, type ViewEntity } from './entity';

type Pages<T> = InfiniteData<Page<T>, unknown>;

export interface RecordEdit<T> {
  id: string;
  /** The PATCH body. */
  patch: Record<string, unknown>;
  /** The same change on a cached record, shown until the server answers. */
  apply: (record: T) => T;
}

/** A kanban column's key says which field and value its records have. */
function columnOf(key: QueryKey): { field: string; value: string } | null {
  return key[2] === 'column' && typeof key[3] === 'string' && typeof key[4] === 'string' ? { field: key[3], value: key[4] } : null;
}

const belongs = (record: object, column: { field: string; value: string }) => {
  const value = getFieldValue(record, column.field);
  return column.value === noGroup ? value === null || value === undefined || value === '' : value === column.value;
};

/**
 * PATCH /api/v1/<resource>/:id, shown at once in every cached list (a card changing stage moves to
 * its new column) and rolled back if the server refuses.
 */
export function useUpdateRecord<T extends { id: string }>(entity: ViewEntity) {
  const queryClient = useQueryClient();
  const lists = recordKeys.lists(entity);

  const put = (id: string, fn: (r: T) => T) => {
    const cached = queryClient.getQueriesData<Pages<T>>({ queryKey: lists });
    const source = cached.map(([, data]) => findInPages(data, id)).find(Boolean);
    if (!source) return;
    const updated = fn(source);
    for (const [key, data] of cached) {
      const column = columnOf(key);
      let next = replaceInPages(data, id, () => updated);
      if (column) next = belongs(updated, column) ? prependToPages(next, updated) : removeFromPages(next, id);
      if (next !== data) queryClient.setQueryData(key, next);
    }
  };

  return useMutation({
    // The caller names the field and the record in its own message.
    meta: { skipErrorNotification: true },
    mutationFn: ({ id, patch }: RecordEdit<T>) =>
      api<T>(`/api/v1/${resourceOf(entity)}/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch }),
    onMutate: async ({ id, apply }) => {
      await queryClient.cancelQueries({ queryKey: lists });
      const snapshot = queryClient.getQueriesData<Pages<T>>({ queryKey: lists });
      put(id, apply);
      return { snapshot };
    },
    onError: (_error, _edit, context) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key, data);
    },
    onSuccess: (record) => {
      put(record.id, () => record);
      queryClient.setQueryData(recordKeys.detail(entity, record.id), record);
      void queryClient.invalidateQueries({ queryKey: auditKeys.all });
      // Stale, not refetched: a row that no longer matches the filter stays until the next load, as in a spreadsheet.
      return queryClient.invalidateQueries({ queryKey: lists, refetchType: 'none' });
    },
  });
}
