import { Chip, Divider, EmptyState, Group, Paper, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconCircleDot, IconGitMerge, IconHistory, IconNote, IconPencil, IconShieldCheck, type Icon } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { flattenPages } from '../../../lib/pagination';
import { LoadMore } from '../../../ui/LoadMore';
import { QueryError } from '../../../ui/QueryError';
import { useTimeline, type TimelineEntity } from '../api/timeline';
import { isRedundantChange } from '../entry-data';
import type { DescribeField } from './entries/describe';
import { NoteComposer } from './NoteComposer';
import { TimelineItemContent } from './TimelineItemContent';

/** Kinds with a filter chip and a label; the timeline shows other kinds too. */
export const knownKinds = ['note', 'field_change', 'consent', 'merge'] as const;
export type KnownKind = (typeof knownKinds)[number];

const bullets: Record<string, { icon: Icon; color: string }> = {
  note: { icon: IconNote, color: 'yellow' },
  field_change: { icon: IconPencil, color: 'blue' },
  consent: { icon: IconShieldCheck, color: 'teal' },
  merge: { icon: IconGitMerge, color: 'grape' },
};
const fallback = { icon: IconCircleDot, color: 'gray' };

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
              const { icon: BulletIcon, color } = bullets[entry.kind] ?? fallback;
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
