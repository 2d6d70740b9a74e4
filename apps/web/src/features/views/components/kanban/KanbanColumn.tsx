import { useDroppable } from '@dnd-kit/core';
import { Badge, Button, Group, Paper, ScrollArea, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { flattenPages } from '../../../../lib/pagination';
import { QueryError } from '../../../../ui/QueryError';
import { recordKeys, type RecordQueryInput } from '../../api/entity';
import { useRecordQuery } from '../../api/record-query';
import { columnFilter, type ListRecord } from '../../model/records';
import type { RecordListConfig } from '../../types';
import { RecordCard } from './RecordCard';

export const columnPageSize = 20;

interface Props<T extends ListRecord> {
  config: RecordListConfig<T>;
  field: string;
  column: { value: string; label: string };
  input: RecordQueryInput;
  movable: boolean;
}

/** The key and body of one column's query; the list page reads the same key to show filter errors. */
export function columnQuery(config: { entity: RecordListConfig<ListRecord>['entity'] }, field: string, column: string, input: RecordQueryInput) {
  const body: RecordQueryInput = { ...input, filter: columnFilter(input.filter ?? null, field, column) };
  return { key: [...recordKeys.column(config.entity, field, column), body] as const, body };
}

/** One stage: its records, loaded a page at a time, and a drop target for cards. */
export function KanbanColumn<T extends ListRecord>({ config, field, column, input, movable }: Props<T>) {
  const { t } = useTranslation('views');
  const { key, body } = columnQuery(config, field, column.value, input);
  const query = useRecordQuery<T>(config.entity, key, body, { limit: columnPageSize });
  const records = flattenPages(query.data);
  const { setNodeRef, isOver } = useDroppable({ id: column.value });

  return (
    <Paper
      ref={setNodeRef}
      withBorder
      radius="md"
      p="xs"
      w={272}
      style={{ flex: '0 0 272px', outline: isOver ? '2px solid var(--mantine-primary-color-filled)' : undefined }}
      bg="var(--mantine-color-default-hover)"
      aria-label={column.label}
      component="section"
    >
      <Group justify="space-between" mb="xs" px={4}>
        <Text fw={600} size="sm" truncate>
          {column.label}
        </Text>
        <Badge variant="default" size="sm">
          {query.hasNextPage ? `${records.length}+` : records.length}
        </Badge>
      </Group>
      <ScrollArea.Autosize mah="calc(100vh - 340px)" type="auto" scrollbars="y" offsetScrollbars="y">
        <Stack gap={6} mih={60}>
          {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
          {query.isPending ? <Skeleton h={56} /> : null}
          {records.map((r) => (
            <RecordCard key={r.id} id={r.id} column={column.value} content={config.card?.(r) ?? { title: config.name(r) }} movable={movable} label={config.name(r)} />
          ))}
          {query.isSuccess && records.length === 0 ? (
            <Text size="xs" c="dimmed" ta="center" py="md">
              {t('kanban.empty')}
            </Text>
          ) : null}
          {query.hasNextPage ? (
            <Button size="compact-sm" variant="subtle" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
              {t('kanban.loadMore')}
            </Button>
          ) : null}
        </Stack>
      </ScrollArea.Autosize>
    </Paper>
  );
}
