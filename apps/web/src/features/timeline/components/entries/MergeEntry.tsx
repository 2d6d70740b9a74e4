import { Badge, Button } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../../lib/notify';
import { useUndoMerge } from '../../api/undo-merge';
import type { MergeData } from '../../entry-data';

/** An undone badge, or an Undo button while the merge stands. */
export function MergeActions({ data, writable }: { data: MergeData; writable: boolean }) {
  const { t } = useTranslation('timeline');
  const undo = useUndoMerge();
  if (data.status === 'undone') {
    return (
      <Badge variant="light" color="gray" radius="sm">
        {t('merge.undone')}
      </Badge>
    );
  }
  if (!writable) return null;
  return (
    <Button
      size="compact-xs"
      variant="light"
      leftSection={<IconArrowBackUp size={14} />}
      loading={undo.isPending}
      onClick={() =>
        undo.mutate(data.mergeId, { onSuccess: () => notifySuccess(t('merge.undoDone', { name: data.mergedName })) })
      }
    >
      {t('merge.undo')}
    </Button>
  );
}
