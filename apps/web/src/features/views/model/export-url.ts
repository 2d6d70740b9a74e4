import { buildUrl } from '../../../lib/api';
import type { ListState } from './list-state';
import { sendableFilter } from './filter-values';

/** The CSV export of what the list shows: same search, filter and sort, the visible columns in order. */
export function exportUrl(resource: string, state: ListState): string {
  const { filter } = sendableFilter(state.filter);
  return buildUrl(`/api/v1/${resource}/export`, {
    q: state.q.trim() || undefined,
    filter: filter ? JSON.stringify(filter) : undefined,
    sort: state.sort?.field,
    order: state.sort?.order,
    columns: state.columns.join(',') || undefined,
  });
}
