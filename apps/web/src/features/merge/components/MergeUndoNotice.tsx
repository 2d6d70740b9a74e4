import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../lib/notify';
import type { MergeResult } from '../api/merge-contacts';
import { useUndoMerge } from '../api/undo-merge';

function UndoButton({ result, notificationId }: { result: MergeResult; notificationId: string }) {
  const { t } = useTranslation('merge');
  const undo = useUndoMerge();
  return (
    <Group justify="space-between" gap="sm" wrap="nowrap">
      <Text size="sm" style={{ flex: 1 }}>
        {t('merged', { survivor: result.contact.name })}
      </Text>
      <Button
        size="xs"
        variant="light"
        leftSection={<IconArrowBackUp size={14} />}
        loading={undo.isPending}
        style={{ flexShrink: 0 }}
        onClick={() =>
          undo.mutate(result.merge.id, {
            onSuccess: () => {
              notifications.hide(notificationId);
              notifySuccess(t('undone', { name: result.merge.mergedName }));
            },
          })
        }
        data-testid="merge-undo"
      >
        {t('undo')}
      </Button>
    </Group>
  );
}

/**
 * "X was merged into Y — Undo". Notifications render outside the app's providers, so the
 * notice brings the query client along.
 */
export function showMergeUndo(queryClient: QueryClient, result: MergeResult) {
  const id = `merge-${result.merge.id}`;
  notifications.show({
    id,
    color: 'teal',
    autoClose: 15_000,
    message: (
      <QueryClientProvider client={queryClient}>
        <UndoButton result={result} notificationId={id} />
      </QueryClientProvider>
    ),
  });
}
