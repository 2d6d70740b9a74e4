import { ActionBar, Button, Text } from '@mantine/core';
import { maxBatchItems, type BulkActionInput, type FilterGroup } from '@rapport/contracts';
import { IconDownload, IconTag, IconTagOff, IconTrash, IconTimeline, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifications } from '@mantine/notifications';
import { ConfirmButton } from '../../../../ui/ConfirmButton';
import { useBulkAction } from '../../api/bulk-action';
import { useUndoBulkOperation } from '../../api/undo-bulk-operation';
import { bulkTarget, hasSelection, selectedCount, type Selection } from '../../model/selection';
import { useLookups } from '../../hooks/lookups';
import type { ListRecord } from '../../model/records';
import type { RecordListConfig } from '../../types';
import { OptionsMenu } from './OptionsMenu';
import { TagsPopover } from './TagsPopover';
import { showUndoNotification } from './undo-notification';

type Action = Omit<BulkActionInput, 'ids' | 'selection'>;

interface Props<T extends ListRecord> {
  config: RecordListConfig<T>;
  selection: Selection;
  onDone: () => void;
  /** The list's search and (sendable) filter: "all matching" acts on these. */
  q: string;
  filter: FilterGroup | null;
  exportHref: string;
}

/** What can be done to the selected rows, or to every record the list matches; each action can be undone. */
export function BulkActionBar<T extends ListRecord>({ config, selection, onDone, q, filter, exportHref }: Props<T>) {
  const { t } = useTranslation('views');
  const bulk = useBulkAction(config.entity);
  const undo = useUndoBulkOperation(config.entity);
  const { members, stages } = useLookups();
  const count = selectedCount(selection);
  const offers = new Set(config.bulkActions);
  const records = (n: number) => t(`records.${config.entity}`, { count: n });

  const run = async (action: Action) => {
    const target = bulkTarget(selection, q, filter);
    if ((target.ids?.length ?? 0) > maxBatchItems) {
      notifications.show({ color: 'red', message: t('bulk.tooMany', { max: maxBatchItems }) });
      return;
    }
    // A failure is reported by the query client and rejects, so a dialog waiting on it stays open.
    const op = await bulk.mutateAsync({ ...action, ...target });
    onDone();
    showUndoNotification({
      message: t(`bulk.done.${op.action}`, { records: records(op.affected) }),
      undoLabel: t('bulk.undo'),
      undoneMessage: t('bulk.undone'),
      onUndo: () => undo.mutateAsync(op.id),
    });
  };
  const fire = (action: Action) => void run(action).catch(() => undefined);

  return (
    <ActionBar opened={hasSelection(selection)} onClose={onDone} aria-label={t('bulk.label')} closeOnEscape shadow="lg" radius="md">
      <Text size="sm" fw={600} px="xs" style={{ whiteSpace: 'nowrap' }}>
        {count === 'all' ? t('bulk.allSelected') : t('bulk.selected', { count })}
      </Text>
      <ActionBar.Divider />
      {offers.has('tag') ? <TagsPopover label={t('bulk.tag')} icon={<IconTag size={14} />} onApply={(tags) => run({ action: 'tag', tags })} /> : null}
      {offers.has('untag') ? <TagsPopover label={t('bulk.untag')} icon={<IconTagOff size={14} />} onApply={(tags) => run({ action: 'untag', tags })} /> : null}
      {offers.has('set_owner') ? (
        <OptionsMenu label={t('bulk.setOwner')} icon={<IconUserCircle size={14} />} options={members.options} noneLabel={t('bulk.noOwner')}
          onPick={(ownerId) => fire({ action: 'set_owner', ownerId })} />
      ) : null}
      {offers.has('set_lifecycle_stage') ? (
        <OptionsMenu label={t('bulk.setStage')} icon={<IconTimeline size={14} />} options={stages} noneLabel={t('bulk.noStage')}
          onPick={(lifecycleStage) => fire({ action: 'set_lifecycle_stage', lifecycleStage })} />
      ) : null}
      {offers.has('export') && count === 'all' ? (
        <Button size="xs" variant="subtle" component="a" href={exportHref} download leftSection={<IconDownload size={14} />}>
          {t('bulk.export')}
        </Button>
      ) : null}
      {offers.has('delete') ? (
        <ConfirmButton
          size="xs"
          variant="subtle"
          leftSection={<IconTrash size={14} />}
          label={t('bulk.delete')}
          title={t('bulk.deleteTitle')}
          message={count === 'all' ? t('bulk.deleteAllMessage') : t('bulk.deleteMessage', { records: records(count) })}
          confirmLabel={t('bulk.delete')}
          loading={bulk.isPending}
          onConfirm={() => run({ action: 'delete' })}
        />
      ) : null}
      <ActionBar.CloseButton aria-label={t('bulk.clear')} />
    </ActionBar>
  );
}
