import { ActionIcon, Menu } from '@mantine/core';
import type { SavedView } from '@rapport/contracts';
import { IconDots, IconLock, IconPencil, IconTrash, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props {
  view: SavedView;
  onRename: () => void;
  onToggleShare: () => void;
  onDelete: () => void;
}

/** Rename, share or unshare, and delete the selected view. */
export function ViewMenu({ view, onRename, onToggleShare, onDelete }: Props) {
  const { t } = useTranslation('views');
  const shared = view.visibility === 'shared';
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <ActionIcon variant="default" size="lg" aria-label={t('saved.menu', { name: view.name })}>
          <IconDots size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={14} />} onClick={onRename}>
          {t('saved.rename')}
        </Menu.Item>
        <Menu.Item leftSection={shared ? <IconLock size={14} /> : <IconUsers size={14} />} onClick={onToggleShare}>
          {shared ? t('saved.makePrivate') : t('saved.share')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={onDelete}>
          {t('saved.delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
