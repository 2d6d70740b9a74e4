import { Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { AnchorLink } from '../../../ui/AnchorLink';

/** Back to the list a template or a kept message belongs to. */
export function BackLink({ to, label }: { to: '/messages/templates' | '/messages/outbox'; label: string }) {
  return (
    <AnchorLink to={to} size="sm" c="dimmed" w="fit-content" data-testid="back">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {label}
      </Group>
    </AnchorLink>
  );
}
