import { Badge, Tooltip } from '@mantine/core';
import type { Segment } from '@rapport/contracts';
import { IconRobot } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** "Segment" (its members follow its definition) or "List" (members added by hand). */
export function KindBadge({ kind }: { kind: Segment['kind'] }) {
  const { t } = useTranslation('segments');
  return (
    <Badge variant="light" color={kind === 'dynamic' ? 'violet' : 'gray'} radius="sm">
      {t(`kinds.${kind}`)}
    </Badge>
  );
}

/** The tag members carry while they match. */
export function AutoTagBadge({ tag }: { tag: string }) {
  const { t } = useTranslation('segments');
  return (
    <Tooltip label={t('autoTag.tooltip', { tag })}>
      <Badge variant="outline" color="teal" radius="sm" leftSection={<IconRobot size={12} />} style={{ textTransform: 'none' }}>
        {tag}
      </Badge>
    </Tooltip>
  );
}
