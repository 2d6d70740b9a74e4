import { Paper } from '@mantine/core';
import type { FieldDescriptor } from '@rapport/contracts';
import { useMemo, useState } from 'react';
import { QueryError } from '../../../ui/QueryError';
import { recordKeys, type RecordQueryInput } from '../api/entity';
import { useRecordFields } from '../api/fields';
import { useRecordQuery } from '../api/record-query';
import type { ListUrl } from '../hooks/use-list-url';
import { LookupsProvider } from '../hooks/lookups';
import { useStageOptions } from '../hooks/use-reference-data';
import { useSelection } from '../hooks/use-selection';
import { useRecordEditing } from '../hooks/use-record-editing';
import { filterErrors } from '../model/filter-errors';
import { countConditions } from '../model/filter-tree';
import { sendableFilter } from '../model/filter-values';
import { noGroup, type ListRecord } from '../model/records';
import { selectionScope } from '../model/selection';
import type { RecordListConfig } from '../types';
import { BulkActionBar } from './bulk/BulkActionBar';
import { FilterPanel } from './filter/FilterPanel';
import { KanbanBoard } from './kanban/KanbanBoard';
import { columnQuery } from './kanban/KanbanColumn';
import { ListToolbar } from './ListToolbar';
import { ViewBar } from './saved-views/ViewBar';
import { TableView } from './table/TableView';

/** The fields with the record's name column, which the server may not list as a field of its own. */
function withPrimary(fields: FieldDescriptor[] | undefined, primary: string): FieldDescriptor[] | undefined {
  if (!fields || fields.some((f) => f.path === primary)) return fields;
  const name: FieldDescriptor = { path: primary, label: primary, type: 'text', isCustom: false, isSortable: false, isEditable: false, operators: [] };
  return [name, ...fields];
}

interface Props<T extends ListRecord> {
  config: RecordListConfig<T>;
  list: ListUrl;
  /** The user may edit records and run bulk actions. */
  writable: boolean;
  exportHref: string;
}

/** A list of records with saved views, quick search, a filter builder, a table or kanban, and bulk actions. */
export function RecordList<T extends ListRecord>({ config, list, writable, exportHref }: Props<T>) {
  const { state, setState } = list;
  const stages = useStageOptions();
  const fieldsQuery = useRecordFields(config.entity);
  const fields = useMemo(() => withPrimary(fieldsQuery.data, config.primaryColumn), [fieldsQuery.data, config.primaryColumn]);
  const sendable = useMemo(() => sendableFilter(state.filter), [state.filter]);
  const q = state.q.trim();
  // Text inputs report after a pause of their own (DraftTextInput), so the list asks as soon as the state changes.
  // Keyed by its JSON: the same query keeps the same object, and so the same cache entry and memoised rows.
  const inputJson = JSON.stringify({ q: q || undefined, filter: sendable.filter, sort: state.sort ?? undefined });
  const input = useMemo(() => JSON.parse(inputJson) as RecordQueryInput, [inputJson]);
  const kanbanField = state.layout === 'kanban' ? config.kanbanField : undefined;

  const table = useRecordQuery<T>(config.entity, recordKeys.query(config.entity, input), input, { enabled: !kanbanField });
  // The board's columns fetch themselves; this observer of one of them only reads its errors.
  const probe = columnQuery(config, config.kanbanField ?? '', noGroup, input);
  const column = useRecordQuery<T>(config.entity, probe.key, probe.body, { enabled: false });
  const errors = filterErrors(kanbanField ? column.error : table.error, sendable.origin, kanbanField ? [0] : []);

  const [filterOpen, setFilterOpen] = useState(() => countConditions(state.filter) > 0);
  const selection = useSelection(selectionScope(q, sendable.filter));
  const { saveCell, move } = useRecordEditing(config);
  const bulk = writable && config.bulkActions.length > 0;
  const filtered = Boolean(q) || countConditions(sendable.filter) > 0;
  const clearFilters = () => setState({ q: '', filter: null });

  return (
    <LookupsProvider entity={config.entity}>
      <ViewBar entity={config.entity} list={list} />
      <Paper withBorder radius="md" p="md">
        <ListToolbar
          entity={config.entity}
          state={state}
          setState={setState}
          fields={fields}
          primaryColumn={config.primaryColumn}
          filterOpen={filterOpen || errors.byNode.size > 0}
          onToggleFilter={() => setFilterOpen((o) => !o)}
          withKanban={Boolean(config.kanbanField)}
        />
        {filterOpen || errors.byNode.size > 0 ? (
          <FilterPanel filter={state.filter} fields={fields} errors={errors} onChange={(filter) => setState({ filter })} />
        ) : null}
        {fieldsQuery.isError ? <QueryError error={fieldsQuery.error} onRetry={() => void fieldsQuery.refetch()} /> : null}
        {!kanbanField && table.isError && !errors.byNode.size && !errors.other.length ? (
          <QueryError error={table.error} onRetry={() => void table.refetch()} />
        ) : null}
        {kanbanField ? (
          <KanbanBoard config={config} field={kanbanField} groups={stages} input={input} movable={writable} onMove={(r, to) => move(r, kanbanField, to)} />
        ) : (
          <TableView
            config={config}
            query={table}
            fields={fields}
            state={state}
            setState={setState}
            filtered={filtered}
            onClearFilters={clearFilters}
            selection={bulk ? selection : null}
            editable={writable}
            onSave={saveCell}
          />
        )}
      </Paper>
      {bulk && !kanbanField ? (
        <BulkActionBar config={config} selection={selection.selection} onDone={selection.clear} q={q} filter={sendable.filter} exportHref={exportHref} />
      ) : null}
    </LookupsProvider>
  );
}
