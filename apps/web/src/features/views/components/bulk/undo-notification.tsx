import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';

interface UndoOptions {
  message: string;
  undoLabel: string;
  undoneMessage: string;
  onUndo: () => Promise<unknown>;
}

let counter = 0;

/** "3 contacts deleted · Undo": the notification a bulk action leaves, with a way back. */
export function showUndoNotification({ message, undoLabel, undoneMessage, onUndo }: UndoOptions) {
  const id = `bulk-undo-${++counter}`;
  const undo = async () => {
    try {
      await onUndo();
      notifications.update({ id, color: 'gray', message: undoneMessage, autoClose: 3000, loading: false });
    } catch {
      // The failed mutation was reported already; the notification stays for another try.
    }
  };
  notifications.show({
    id,
    color: 'teal',
    autoClose: 10_000,
    message: <UndoMessage message={message} undoLabel={undoLabel} onUndo={undo} />,
  });
}

// Rendered by <Notifications/>, outside the query provider: it gets everything it needs as props.
function UndoMessage({ message, undoLabel, onUndo }: { message: string; undoLabel: string; onUndo: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Text size="sm">{message}</Text>
      <Button
        size="compact-sm"
        variant="light"
        loading={busy}
        onClick={() => {
          setBusy(true);
          void onUndo().finally(() => setBusy(false));
        }}
      >
        {undoLabel}
      </Button>
    </Group>
  );
}
