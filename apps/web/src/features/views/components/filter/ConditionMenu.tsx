import { ActionIcon, Group, Menu } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconBracketsContain, IconDots, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** What can be done with a condition where it stands; a missing action is shown disabled. */
export interface ConditionMenuActions {
  onRemove: () => void;
  onMoveUp?: (() => void) | undefined;
  onMoveDown?: (() => void) | undefined;
  onWrap?: (() => void) | undefined;
}

/** The "more" menu (move, put in a group) and the remove button at the end of a condition's row. */
export function ConditionMenu({ onRemove, onMoveUp, onMoveDown, onWrap }: ConditionMenuActions) {
  const { t } = useTranslation('views');
  return (
    <Group gap={2} wrap="nowrap">
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={t('filter.more')}>
            <IconDots size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconArrowUp size={14} />} disabled={!onMoveUp} onClick={onMoveUp}>
            {t('filter.moveUp')}
          </Menu.Item>
          <Menu.Item leftSection={<IconArrowDown size={14} />} disabled={!onMoveDown} onClick={onMoveDown}>
            {t('filter.moveDown')}
          </Menu.Item>
          <Menu.Item leftSection={<IconBracketsContain size={14} />} disabled={!onWrap} onClick={onWrap}>
            {t('filter.wrap')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ActionIcon variant="subtle" color="gray" aria-label={t('filter.remove')} onClick={onRemove}>
        <IconX size={16} />
      </ActionIcon>
    </Group>
  );
}
