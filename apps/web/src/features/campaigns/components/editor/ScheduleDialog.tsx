import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import type { Segment } from '@rapport/contracts';
import { IconCalendarEvent, IconInfoCircle, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../../lib/format';
import { audienceSplit, localInputToIso, type CampaignDraft } from '../../model/draft';

interface Props {
  opened: boolean;
  onClose: () => void;
  onConfirm: () => void;
  loading: boolean;
  draft: CampaignDraft;
  segments: Segment[] | undefined;
}

/** Asks before scheduling, saying to whom the campaign goes, how it splits them, and when. */
export function ScheduleDialog({ opened, onClose, onConfirm, loading, draft, segments }: Props) {
  const { t, i18n } = useTranslation(['campaigns', 'common']);
  const lng = i18n.language;
  const number = new Intl.NumberFormat(lng);
  const byId = new Map((segments ?? []).map((s) => [s.id, s]));
  const names = (ids: string[]) => ids.map((id) => byId.get(id)?.name ?? t('editor.deletedSegment')).join(', ');
  const reach = draft.include.reduce((sum, id) => sum + (byId.get(id)?.size ?? 0), 0);
  const split = audienceSplit(draft);
  const testing = draft.abTest && draft.variants.length > 1;
  const timing =
    draft.scheduleKind === 'now'
      ? t('confirm.now')
      : draft.scheduleKind === 'at'
        ? t('confirm.at', { time: formatDateTime(localInputToIso(draft.at), lng) })
        : t('confirm.local', { date: formatDate(`${draft.date}T12:00:00`, lng), time: draft.time });

  return (
    <Modal opened={opened} onClose={onClose} title={t('confirm.title', { name: draft.name.trim() })} centered size="lg">
      <Stack gap="md" data-testid="schedule-dialog">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <IconUsersGroup size={18} style={{ flexShrink: 0, marginTop: 2 }} />
          <Stack gap={2}>
            <Text size="sm" data-testid="confirm-audience">
              {t('confirm.audience', { segments: names(draft.include), count: reach, size: number.format(reach) })}
            </Text>
            {draft.exclude.length ? (
              <Text size="sm" c="dimmed">
                {t('confirm.exclude', { segments: names(draft.exclude) })}
              </Text>
            ) : null}
          </Stack>
        </Group>
        <List size="sm" spacing={4} data-testid="confirm-split">
          {split.holdout > 0 ? <List.Item>{t('confirm.holdout', { percent: split.holdout })}</List.Item> : null}
          {testing ? (
            <>
              <List.Item>{t('confirm.test', { percent: split.test, variants: draft.variants.length })}</List.Item>
              <List.Item>{t('confirm.winner', { percent: split.rest, metric: t(`metricNames.${draft.metric}`), hours: draft.waitHours })}</List.Item>
            </>
          ) : (
            <List.Item>{draft.variants.length > 1 ? t('confirm.variants', { percent: split.test, variants: draft.variants.length }) : t('confirm.single', { percent: split.test })}</List.Item>
          )}
        </List>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <IconCalendarEvent size={18} style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm" data-testid="confirm-timing">
            {timing}
          </Text>
        </Group>
        <Alert variant="light" color="gray" icon={<IconInfoCircle size={16} />} p="xs">
          <Text size="xs">{t('confirm.frozen')}</Text>
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button onClick={onConfirm} loading={loading} data-testid="schedule-confirm">
            {draft.scheduleKind === 'now' ? t('confirm.sendNow') : t('confirm.schedule')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
