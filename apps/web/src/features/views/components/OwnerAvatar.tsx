import { Group, Text, Tooltip } from '@mantine/core';
import { NameAvatar } from '../../../ui/NameAvatar';
import { useLookups } from '../hooks/lookups';

/** The member who owns a record: avatar and name, or the avatar alone with the name on hover. */
export function OwnerAvatar({ userId, compact = false }: { userId: string | null | undefined; compact?: boolean }) {
  const { byUserId } = useLookups().members;
  if (!userId) return compact ? null : <Text size="sm" c="dimmed">—</Text>;
  const member = byUserId.get(userId);
  const name = member ? member.name || member.email : userId;
  if (compact) {
    return (
      <Tooltip label={name} withinPortal>
        <NameAvatar name={name} radius="xl" size={24} aria-label={name} />
      </Tooltip>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      <NameAvatar name={name} radius="xl" size={22} />
      <Text size="sm" truncate>
        {name}
      </Text>
    </Group>
  );
}
