import { DndContext, DragOverlay, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { Group, ScrollArea } from '@mantine/core';
import type { Page } from '@rapport/contracts';
import { useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordKeys, type RecordQueryInput } from '../../api/entity';
import { findInPages, noGroup, type ListRecord } from '../../model/records';
import type { Option } from '../../hooks/use-reference-data';
import type { RecordListConfig } from '../../types';
import { CardBody } from './RecordCard';
import { KanbanColumn } from './KanbanColumn';

interface Props<T extends ListRecord> {
  config: RecordListConfig<T>;
  field: string;
  /** The field's values in order; records without one gather in a last column. */
  groups: Option[];
  input: RecordQueryInput;
  movable: boolean;
  onMove: (record: T, to: string | null) => void;
}

/** Records as cards in one column per value of a field (contacts by lifecycle stage); drag a card to change it. */
export function KanbanBoard<T extends ListRecord>({ config, field, groups, input, movable, onMove }: Props<T>) {
  const { t } = useTranslation('views');
  const queryClient = useQueryClient();
  const [active, setActive] = useState<T | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor));
  const columns = [...groups, { value: noGroup, label: t('kanban.noValue') }];
  const columnLabel = (id: unknown) => columns.find((c) => c.value === id)?.label ?? String(id);

  const find = (id: string, column: string): T | undefined => {
    for (const [, data] of queryClient.getQueriesData<InfiniteData<Page<T>>>({ queryKey: recordKeys.column(config.entity, field, column) })) {
      const hit = findInPages(data, id);
      if (hit) return hit;
    }
    return undefined;
  };
  const fromOf = (e: DragStartEvent | DragEndEvent) => String(e.active.data.current?.column ?? '');
  const nameOf = (id: unknown, column: string) => {
    const r = find(String(id), column);
    return r ? config.name(r) : '';
  };

  const announcements: Announcements = {
    onDragStart: ({ active: a }) => t('kanban.picked', { name: nameOf(a.id, String(a.data.current?.column)) }),
    onDragOver: ({ active: a, over }) => (over ? t('kanban.over', { name: nameOf(a.id, String(a.data.current?.column)), column: columnLabel(over.id) }) : undefined),
    onDragEnd: ({ active: a, over }) =>
      over ? t('kanban.dropped', { name: nameOf(a.id, String(a.data.current?.column)), column: columnLabel(over.id) }) : t('kanban.cancelled'),
    onDragCancel: () => t('kanban.cancelled'),
  };

  const end = (e: DragEndEvent) => {
    setActive(null);
    const from = fromOf(e);
    const to = e.over ? String(e.over.id) : null;
    if (!to || to === from) return;
    const record = find(String(e.active.id), from);
    if (record) onMove(record, to === noGroup ? null : to);
  };

  return (
    <DndContext
      sensors={sensors}
      onDragStart={(e) => setActive(find(String(e.active.id), fromOf(e)) ?? null)}
      onDragEnd={end}
      onDragCancel={() => setActive(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('kanban.instructions') } }}
    >
      <ScrollArea type="auto" offsetScrollbars>
        <Group align="flex-start" wrap="nowrap" gap="sm" pb="sm">
          {columns.map((c) => (
            <KanbanColumn key={c.value} config={config} field={field} column={c} input={input} movable={movable} />
          ))}
        </Group>
      </ScrollArea>
      <DragOverlay>{active ? <CardBody content={config.card?.(active) ?? { title: config.name(active) }} dragging /> : null}</DragOverlay>
    </DndContext>
  );
}
