import { useDraggable } from '@dnd-kit/core';
import { Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { OwnerAvatar } from '../OwnerAvatar';

export interface CardContent {
  title: ReactNode;
  subtitle?: string | null | undefined;
  ownerId?: string | null | undefined;
}

/** A record on the board; `dragging` draws the copy that follows the pointer. */
export function CardBody({ content, dragging = false }: { content: CardContent; dragging?: boolean }) {
  return (
    <Paper withBorder radius="sm" p="xs" shadow={dragging ? 'md' : 'xs'} style={{ cursor: dragging ? 'grabbing' : 'grab' }}>
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          {content.title}
          {content.subtitle ? (
            <Text size="xs" c="dimmed" truncate>
              {content.subtitle}
            </Text>
          ) : null}
        </Stack>
        <OwnerAvatar userId={content.ownerId} compact />
      </Group>
    </Paper>
  );
}

/** A card that can be dragged to another column when `movable`. */
export function RecordCard({ id, column, content, movable, label }: { id: string; column: string; content: CardContent; movable: boolean; label: string }) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id, data: { column }, disabled: !movable });
  return (
    <div ref={setNodeRef} {...attributes} {...listeners} aria-label={label} style={{ opacity: isDragging ? 0.4 : 1, touchAction: 'manipulation' }}>
      <CardBody content={content} />
    </div>
  );
}
