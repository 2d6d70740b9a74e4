import { Checkbox, Table } from '@mantine/core';
import type { Sort } from '@rapport/contracts';
import { useLookups } from '../../hooks/lookups';
import type { ListRecord } from '../../model/records';
import { isSelected, pageState, type Selection } from '../../model/selection';
import type { RecordListConfig } from '../../types';
import type { SaveCell } from './EditableCell';
import { HeaderCell } from './HeaderCell';
import { RecordRow, type TableColumn } from './RecordRow';

export interface RecordTableProps<T extends ListRecord> {
  config: RecordListConfig<T>;
  records: T[];
  columns: TableColumn[];
  sort: Sort | null;
  onSort: (sort: Sort | null) => void;
  selection: Selection | null;
  /** Stable across renders, like `onSave`, so rows stay memoised. */
  onToggle: (id: string) => void;
  onTogglePage: (on: boolean) => void;
  editable: boolean;
  onSave: SaveCell<T>;
}

/** Records as rows: sortable headers, row checkboxes, and cells edited in place. */
export function RecordTable<T extends ListRecord>(props: RecordTableProps<T>) {
  const { config, records, columns, sort, onSort, selection, onToggle, onTogglePage, editable, onSave } = props;
  const { t } = useLookups();
  const page = selection ? pageState(selection, records.map((r) => r.id)) : 'none';

  return (
    <Table.ScrollContainer minWidth={Math.max(640, columns.length * 150)}>
      <Table verticalSpacing={6} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {selection ? (
              <Table.Th w={36}>
                <Checkbox size="xs" aria-label={t('table.selectPage')} checked={page === 'all'} indeterminate={page === 'some'} onChange={() => onTogglePage(page !== 'all')} />
              </Table.Th>
            ) : null}
            {columns.map(({ field, label }) => (
              <HeaderCell key={field.path} path={field.path} label={label} sortable={field.isSortable} sort={sort} onSort={onSort} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.map((r) => (
            <RecordRow
              key={r.id}
              config={config}
              record={r}
              columns={columns}
              checked={selection ? isSelected(selection, r.id) : null}
              editable={editable}
              onToggle={onToggle}
              onSave={onSave}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
