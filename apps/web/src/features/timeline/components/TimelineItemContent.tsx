import { Group, Stack, Text } from '@mantine/core';
import type { TimelineEntry } from '@rapport/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { canAdminister, useMe, useRole } from '../../auth';
import { readConsent, readEvent, readFieldChange, readMerge, readNote, readModel, readOrder, readSegment, summarize, type EventData } from '../entry-data';
import { ConsentDetails, useConsentText } from './entries/ConsentEntry';
import type { DescribeField } from './entries/describe';
import { EventDetails, useEventTitle } from './entries/EventEntry';
import { FieldChanges } from './entries/FieldChangeEntry';
import { MergeActions } from './entries/MergeEntry';
import { NoteEntry } from './entries/NoteEntry';
import { OrderDetails, OrderTitle } from './entries/OrderEntry';
import { SegmentDetails, SegmentTitle } from './entries/SegmentEntry';
import { EntryTime } from './EntryTime';

export interface EntryContext {
  /** "contact" or "company", for sentences such as "created this contact". */
  entityLabel: string;
  describe: DescribeField;
  writable: boolean;
}

function Frame({ title, at, children }: { title: ReactNode; at: string; children?: ReactNode }) {
  return (
    <Stack gap={4}>
      <Group gap="xs" justify="space-between" wrap="nowrap" align="baseline">
        <Text size="sm" fw={500}>
          {title}
        </Text>
        <EntryTime at={at} />
      </Group>
      {children}
    </Stack>
  );
}

function ConsentItem({ entry, data, actor }: { entry: TimelineEntry; data: NonNullable<ReturnType<typeof readConsent>>; actor: string }) {
  const { t } = useTranslation('timeline');
  const text = useConsentText(data);
  return (
    <Frame title={t('consent.title', { actor, channel: text.channel })} at={entry.at}>
      <ConsentDetails data={data} />
    </Frame>
  );
}

function EventItem({ entry, event }: { entry: TimelineEntry; event: EventData }) {
  return (
    <Frame title={useEventTitle(event)} at={entry.at}>
      <EventDetails event={event} />
    </Frame>
  );
}

/** One entry, rendered by its kind; kinds this client doesn't know get a generic line. */
export function TimelineItemContent({ entry, ctx }: { entry: TimelineEntry; ctx: EntryContext }) {
  const { t } = useTranslation('timeline');
  const me = useMe();
  const isAdmin = canAdminister(useRole());
  const actor = entry.actorLabel ?? t('someone');

  if (entry.kind === 'note') {
    const note = readNote(entry.data);
    if (note) {
      // Only the author edits a note; admins may also delete any (moderation), as the server allows.
      const mine = note.authorId === me.user.id;
      const edited = note.updatedAt !== null && Date.parse(note.updatedAt) - Date.parse(entry.at) > 1000;
      return (
        <Frame title={edited ? `${t('note.title', { actor })} · ${t('note.edited')}` : t('note.title', { actor })} at={entry.at}>
          <NoteEntry note={note} canEdit={ctx.writable && mine} canDelete={ctx.writable && (mine || isAdmin)} />
        </Frame>
      );
    }
  }
  if (entry.kind === 'field_change') {
    const change = readFieldChange(entry.data);
    if (change) {
      const title = t(change.fromMerged ? `fieldChange.merged.${change.action}` : `fieldChange.${change.action}`, { actor, entity: ctx.entityLabel });
      return (
        <Frame title={title} at={entry.at}>
          {change.action === 'delete' || change.changes.length === 0 ? null : <FieldChanges changes={change.changes} describe={ctx.describe} />}
        </Frame>
      );
    }
  }
  if (entry.kind === 'consent') {
    const consent = readConsent(entry.data);
    if (consent) return <ConsentItem entry={entry} data={consent} actor={actor} />;
  }
  if (entry.kind === 'merge') {
    const merge = readMerge(entry.data);
    if (merge) {
      return (
        <Frame title={t('merge.title', { actor, name: merge.mergedName || t('merge.unnamed') })} at={entry.at}>
          <div>
            <MergeActions data={merge} writable={ctx.writable} />
          </div>
        </Frame>
      );
    }
  }
  if (entry.kind === 'event') {
    const event = readEvent(entry.data);
    if (event) return <EventItem entry={entry} event={event} />;
  }
  if (entry.kind === 'order') {
    const order = readOrder(entry.data);
    if (order) {
      return (
        <Frame title={<OrderTitle order={order} />} at={entry.at}>
          <OrderDetails order={order} />
        </Frame>
      );
    }
  }
  if (entry.kind === 'segment') {
    const segment = readSegment(entry.data);
    if (segment) {
      return (
        <Frame title={<SegmentTitle data={segment} />} at={entry.at}>
          <SegmentDetails data={segment} />
        </Frame>
      );
    }
  }
  if (entry.kind === 'model') {
    const change = readModel(entry.data);
    if (change) {
      const name = (v: string) => (change.model === 'nasld' ? t(`model.nasld.${v}`, { defaultValue: v }) : v);
      return (
        <Frame title={t(`model.${change.model}Title`, { from: change.from ? name(change.from) : t('model.none'), to: name(change.to) })} at={entry.at} />
      );
    }
  }
  const summary = summarize(entry.data);
  return (
    <Frame title={t('generic.title', { actor, kind: entry.kind.replace(/_/g, ' ') })} at={entry.at}>
      {summary ? (
        <Text size="xs" c="dimmed" ff="monospace" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
          {summary}
        </Text>
      ) : null}
    </Frame>
  );
}
