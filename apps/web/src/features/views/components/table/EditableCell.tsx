import { Switch } from '@mantine/core';
import type { FieldDescriptor } from '@rapport/contracts';
import { IconPencil } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useLookups } from '../../hooks/lookups';
import { getFieldValue } from '../../model/records';
import { CellEditor } from './CellEditor';
import classes from './EditableCell.module.css';

export type SaveCell<T> = (record: T, field: FieldDescriptor, value: unknown, extra?: { id: string; name: string } | null) => void;

interface Props<T> {
  record: T;
  /** The record's name, for the edit button's label. */
  name: string;
  field: FieldDescriptor;
  label: string;
  editable: boolean;
  onSave: SaveCell<T>;
  children: ReactNode;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * A cell that turns into its field's input when clicked, for fields the user may edit. The value
 * may hold links (a company), so the cell is not a button itself: keyboard users reach the pencil.
 */
export function EditableCell<T extends object>({ record, name, field, label, editable, onSave, children }: Props<T>) {
  const { t } = useLookups();
  const [editing, setEditing] = useState(false);
  const value = getFieldValue(record, field.path);
  if (!editable || !field.isEditable) return children;
  const editLabel = t('table.edit', { field: label, name });
  if (field.type === 'boolean') {
    return <Switch size="xs" aria-label={editLabel} checked={Boolean(value)} onChange={(e) => onSave(record, field, e.currentTarget.checked)} />;
  }
  if (editing) {
    const company = (record as { company?: { id: string; name: string } | null }).company;
    return (
      <CellEditor
        field={field}
        label={editLabel}
        value={value}
        current={field.path === 'companyId' ? company : undefined}
        onCancel={() => setEditing(false)}
        onCommit={(next, extra) => {
          setEditing(false);
          if (!same(next, value)) onSave(record, field, next, extra);
        }}
      />
    );
  }
  return (
    <div className={classes.cell} onClick={() => setEditing(true)}>
      <div className={classes.value}>{children}</div>
      <button
        type="button"
        className={classes.edit}
        aria-label={editLabel}
        onClick={(e) => {
          e.stopPropagation();
          setEditing(true);
        }}
      >
        <IconPencil size={12} />
      </button>
    </div>
  );
}
