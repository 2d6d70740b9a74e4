import { Button, Chip, Divider, EmptyState, Group, Paper, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import type { TimelineEntry } from '@rapport/contracts';
import { IconActivityHeartbeat, IconChartPie, IconCircleDot, IconEyeOff, IconGitMerge, IconHistory, IconNote, IconPencil, IconShieldCheck, type Icon } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { flattenPages } from '../../../lib/pagination';
import { eventTypeStyles } from '../../../ui/EventType';
import { orderStatusStyles } from '../../../ui/OrderStatus';
import { LoadMore } from '../../../ui/LoadMore';
import { QueryError } from '../../../ui/QueryError';
import { useTimeline, type TimelineEntity } from '../api/timeline';
import { isRedundantChange, readEvent, readOrder } from '../entry-data';
import type { DescribeField } from './entries/describe';
import { NoteComposer } from './NoteComposer';
import { TimelineItemContent } from './TimelineItemContent';

/** Kinds with a filter chip and a label; the timeline shows other kinds too. */
export const knownKinds = ['note', 'field_change', 'consent', 'merge', 'event', 'order', 'segment', 'model'] as const;
export type KnownKind = (typeof knownKinds)[number];

const bullets: Record<string, { icon: Icon; color: string }> = {
  note: { icon: IconNote, color: 'yellow' },
  field_change: { icon: IconPencil, color: 'blue' },
  consent: { icon: IconShieldCheck, color: 'teal' },
  merge: { icon: IconGitMerge, color: 'grape' },
  segment: { icon: IconChartPie, color: 'violet' },
  model: { icon: IconActivityHeartbeat, color: 'orange' },
};
const fallback = { icon: IconCircleDot, color: 'gray' };

/** Events get the icon of their call type (page, track, identify…), orders that of their status, the rest that of their kind. */
function bulletOf(entry: TimelineEntry) {
  if (entry.kind === 'event') {
    const event = readEvent(entry.data);
    return event ? eventTypeStyles[event.type] : fallback;
  }
  if (entry.kind === 'order') {
    const order = readOrder(entry.data);
    return order ? orderStatusStyles[order.status] : fallback;
  }
  return bullets[entry.kind] ?? fallback;
}

interface EntityTimelineProps {
  entity: TimelineEntity;
  entityId: string;
  /** Which kinds get a filter chip: a company has no consent or merges. */
  kinds: readonly KnownKind[];
  describeField: DescribeField;
  writable: boolean;
}

/** The record's activity, newest first, with a note composer on top and filter chips by kind. */
export function EntityTimeline({ entity, entityId, kinds, describeField, writable }: EntityTimelineProps) {
  const { t } = useTranslation('timeline');
  const [selected, setSelected] = useState<string[]>([]);
  const query = useTimeline(entity, entityId, selected);
  const entries = flattenPages(query.data).filter((e) => e.kind !== 'field_change' || !isRedundantChange(e.data, (f) => Boolean(describeField(f).hidden)));
  const ctx = { entityLabel: t(`entities.${entity}`), describe: describeField, writable };
  // Page views can bury everything else, so hiding events is one click rather than four.
  const canHideEvents = kinds.includes('event') && (selected.length === 0 || selected.includes('event'));
  const hideEvents = () => {
    const rest = (selected.length ? selected : kinds).filter((k) => k !== 'event');
    setSelected(rest.length ? rest : kinds.filter((k) => k !== 'event'));
  };

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <Title order={4}>{t('title')}</Title>
        {writable ? <NoteComposer entity={entity} entityId={entityId} /> : null}
        <Divider />
        <Group gap="xs" wrap="wrap" role="group" aria-label={t('filter.label')}>
          <Text size="sm" c="dimmed">
            {t('filter.label')}
          </Text>
          <Chip.Group multiple value={selected} onChange={setSelected}>
            {kinds.map((kind) => (
              <Chip key={kind} value={kind} size="xs" variant="light">
                {t(`kinds.${kind}`)}
              </Chip>
            ))}
          </Chip.Group>
          {canHideEvents ? (
            <Button size="compact-xs" variant="subtle" color="gray" leftSection={<IconEyeOff size={14} />} onClick={hideEvents}>
              {t('filter.hideEvents')}
            </Button>
          ) : null}
        </Group>
        {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
        {query.isPending ? <Skeleton h={160} radius="md" /> : null}
        {query.isSuccess && entries.length === 0 ? (
          <EmptyState
            icon={<IconHistory size={26} />}
            variant="light"
            title={selected.length ? t('empty.filtered') : t('empty.title')}
            description={selected.length ? t('empty.filteredHint') : t('empty.hint')}
            py={32}
          />
        ) : null}
        {entries.length > 0 ? (
          <Timeline bulletSize={28} lineWidth={2} style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
            {entries.map((entry) => {
              const { icon: BulletIcon, color } = bulletOf(entry);
              return (
                <Timeline.Item key={entry.id} bullet={<BulletIcon size={15} />} color={color}>
                  <TimelineItemContent entry={entry} ctx={ctx} />
                </Timeline.Item>
              );
            })}
          </Timeline>
        ) : null}
        <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />
      </Stack>
    </Paper>
  );
}
