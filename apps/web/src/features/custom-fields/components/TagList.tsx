import { Badge, Group } from '@mantine/core';

/** Tags as badges, for detail cards. */
export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <Group gap={4}>
      {tags.map((tag) => (
        <Badge key={tag} variant="light" radius="sm" style={{ textTransform: 'none' }}>
          {tag}
        </Badge>
      ))}
    </Group>
  );
}
