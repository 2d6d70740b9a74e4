import { Checkbox, Table } from '@mantine/core';
import type { FieldDescriptor } from '@rapport/contracts';
import { memo, type ReactElement } from 'react';
import { useLookups } from '../../hooks/lookups';
import type { ListRecord } from '../../model/records';
import type { RecordListConfig } from '../../types';
import { CellValue } from './CellValue';
import { EditableCell, type SaveCell } from './EditableCell';

export interface TableColumn {
  field: FieldDescriptor;
  label: string;
}

interface Props<T extends ListRecord> {
  config: RecordListConfig<T>;
  record: T;
  columns: TableColumn[];
  /** Null without row selection (viewers). */
  checked: boolean | null;
  editable: boolean;
  onToggle: (id: string) => void;
  onSave: SaveCell<T>;
}

function Row<T extends ListRecord>({ config, record, columns, checked, editable, onToggle, onSave }: Props<T>) {
  const { t } = useLookups();
  const name = config.name(record);
  return (
    <Table.Tr bg={checked ? 'var(--mantine-primary-color-light)' : undefined}>
      {checked !== null ? (
        <Table.Td>
          <Checkbox size="xs" aria-label={t('table.selectRow', { name })} checked={checked} onChange={() => onToggle(record.id)} />
        </Table.Td>
      ) : null}
      {columns.map(({ field, label }) => (
        <Table.Td key={field.path} miw={field.path === config.primaryColumn ? 200 : 120} maw={320}>
          {config.renderCell?.(record, field) ?? (
            <EditableCell record={record} name={name} field={field} label={label} editable={editable} onSave={onSave}>
              <CellValue record={record} field={field} />
            </EditableCell>
          )}
        </Table.Td>
      ))}
    </Table.Tr>
  );
}

/**
 * One row. Memoised: a list re-renders on every keystroke in the search box or the filter, and
 * its rows only need to when their record, the columns or their checkbox change.
 */
export const RecordRow = memo(Row) as <T extends ListRecord>(props: Props<T>) => ReactElement;
