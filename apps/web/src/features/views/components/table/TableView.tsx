import { Button, EmptyState, Skeleton } from '@mantine/core';
import type { FieldDescriptor, Page } from '@rapport/contracts';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { IconListSearch, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { flattenPages } from '../../../../lib/pagination';
import { LoadMore } from '../../../../ui/LoadMore';
import type { ListState } from '../../model/list-state';
import { pageState } from '../../model/selection';
import type { ListRecord } from '../../model/records';
import type { useSelection } from '../../hooks/use-selection';
import type { RecordListConfig } from '../../types';
import type { SaveCell } from './EditableCell';
import { RecordTable } from './RecordTable';
import type { TableColumn } from './RecordRow';
import { useLookups } from '../../hooks/lookups';
import { useStableCallback } from '../../hooks/use-stable-callback';
import { useMemo } from 'react';
import { SelectAllBanner } from './SelectAllBanner';

interface Props<T extends ListRecord> {
  config: RecordListConfig<T>;
  query: UseInfiniteQueryResult<InfiniteData<Page<T>>>;
  fields: FieldDescriptor[] | undefined;
  state: ListState;
  setState: (patch: Partial<ListState>) => void;
  filtered: boolean;
  onClearFilters: () => void;
  selection: ReturnType<typeof useSelection> | null;
  editable: boolean;
  onSave: SaveCell<T>;
}

/** The table layout: rows, "select all matching", empty states and "load more". */
export function TableView<T extends ListRecord>(props: Props<T>) {
  const { config, query, fields, state, setState, filtered, onClearFilters, selection, editable, onSave } = props;
  const { t } = useTranslation('views');
  const records = flattenPages(query.data);
  const ids = records.map((r) => r.id);
  const { labels } = useLookups();
  const columnKey = state.columns.join(',');
  const columns = useMemo<TableColumn[]>(() => {
    const byPath = new Map((fields ?? []).map((f) => [f.path, f]));
    const paths = [config.primaryColumn, ...columnKey.split(',').filter((c) => c && c !== config.primaryColumn)];
    return paths.flatMap((c) => {
      const field = byPath.get(c);
      return field ? [{ field, label: labels.field(field) }] : [];
    });
  }, [fields, columnKey, config.primaryColumn, labels]);
  const toggle = useStableCallback((id: string) => selection?.toggle(id, ids));
  const save = useStableCallback(onSave);
  const noun = t(`nouns.${config.entity}`);

  // A failed query is explained above the table: next to the conditions the server rejected, or as an alert.
  if (query.isError) return null;
  if (query.isPending || !fields) return <Skeleton h={240} radius="md" />;
  if (query.isSuccess && records.length === 0) {
    return (
      <EmptyState py={48} icon={<IconListSearch size={28} />} variant="light"
        title={filtered ? t('empty.noMatches', { records: noun }) : t('empty.none', { records: noun })}
        description={filtered ? t('empty.noMatchesHint') : t(`empty.noneHint.${config.entity}`)}>
        {filtered ? (
          <EmptyState.Actions>
            <Button variant="default" leftSection={<IconX size={16} />} onClick={onClearFilters}>{t('empty.clear')}</Button>
          </EmptyState.Actions>
        ) : null}
      </EmptyState>
    );
  }
  return (
    <>
      {selection ? (
        <SelectAllBanner
          entity={config.entity}
          selection={selection.selection}
          pageSelected={pageState(selection.selection, ids) === 'all'}
          loaded={records.length}
          hasMore={query.hasNextPage}
          onSelectAll={selection.selectAllMatching}
          onClear={selection.clear}
        />
      ) : null}
      <RecordTable
        config={config}
        records={records}
        columns={columns}
        sort={state.sort}
        onSort={(sort) => setState({ sort })}
        selection={selection?.selection ?? null}
        onToggle={toggle}
        onTogglePage={(on) => selection?.setPage(ids, on)}
        editable={editable}
        onSave={save}
      />
      <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />
    </>
  );
}
