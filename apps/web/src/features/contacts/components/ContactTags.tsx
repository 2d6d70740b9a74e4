import { Badge, Group, Tooltip } from '@mantine/core';
import { IconRobot } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * Manual tags, then the tags segments' auto-tag rules set. Those come and go with membership, so
 * they look different and are edited on their segment, not here.
 */
export function ContactTags({ tags, autoTags }: { tags: string[]; autoTags: string[] }) {
  const { t } = useTranslation('contacts');
  return (
    <Group gap={4}>
      {tags.map((tag) => (
        <Badge key={tag} variant="light" radius="sm" style={{ textTransform: 'none' }}>
          {tag}
        </Badge>
      ))}
      {autoTags.map((tag) => (
        <Tooltip key={`auto:${tag}`} label={t('detail.autoTag')}>
          <Badge variant="light" color="teal" radius="sm" leftSection={<IconRobot size={12} />} style={{ textTransform: 'none' }} data-testid="auto-tag">
            {tag}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
