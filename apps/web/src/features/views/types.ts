import type { BulkActionInput, FieldDescriptor } from '@rapport/contracts';
import type { ReactNode } from 'react';
import type { ViewEntity } from './api/entity';
import type { ListRecord } from './model/records';

export type BulkActionKind = BulkActionInput['action'] | 'export';

/** How one kind of record appears in the generic list: what the entity decides, the machinery does the rest. */
export interface RecordListConfig<T extends ListRecord> {
  entity: ViewEntity;
  /** Columns of the built-in "all" view, and of views that name none (after the primary column). */
  defaultColumns: string[];
  /** The record's name in plain text, for labels and announcements. */
  name: (record: T) => string;
  /** The column that names the record: always shown first, so views and exports never list it. */
  primaryColumn: string;
  /** Cells the entity draws itself (the name with its avatar and link); undefined falls back to the field's type. */
  renderCell?: (record: T, field: FieldDescriptor) => ReactNode | undefined;
  /** A kanban card's content; only asked for with a `kanbanField`. */
  card?: (record: T) => { title: ReactNode; subtitle?: string | null | undefined; ownerId?: string | null | undefined };
  /** The select field whose values are the kanban's columns; no kanban (and no table / kanban switch) without one. */
  kanbanField?: string;
  /** The actions on chosen rows; none means no row selection and no bulk action bar. */
  bulkActions: BulkActionKind[];
}
