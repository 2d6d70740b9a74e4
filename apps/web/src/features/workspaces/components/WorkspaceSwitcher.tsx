import { Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCheck, IconPlus, IconSelector } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RoleBadge } from '../../../ui/RoleBadge';
import { useMe } from '../../auth';
import { useActivateWorkspace } from '../api/activate-workspace';
import { CreateWorkspaceModal } from './CreateWorkspaceModal';
import { NameAvatar } from '../../../ui/NameAvatar';

/** Header menu listing the user's workspaces; picking one switches the whole app to it. */
export function WorkspaceSwitcher() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const activate = useActivateWorkspace();
  const [createOpened, createModal] = useDisclosure(false);
  const active = me.workspace;

  const switchTo = (id: string) => {
    if (id === active?.id) return;
    activate.mutate(id, { onSuccess: () => void navigate({ to: '/contacts' }) });
  };

  return (
    <>
      <Menu position="bottom-start" width={280} shadow="md" withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={t('workspace.switch')} px="xs" py={4} style={{ borderRadius: 8 }}>
            <Group gap="xs" wrap="nowrap">
              <NameAvatar name={active?.name ?? '?'} radius="md" size={28} />
              <Text fw={600} size="sm" truncate maw={180} visibleFrom="xs">
                {active?.name ?? t('workspace.none')}
              </Text>
              <IconSelector size={16} stroke={1.5} />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('workspace.label')}</Menu.Label>
          {me.workspaces.map((w) => (
            <Menu.Item
              key={w.id}
              onClick={() => switchTo(w.id)}
              leftSection={<NameAvatar name={w.name} radius="sm" size={22} />}
              rightSection={w.id === active?.id ? <IconCheck size={16} /> : <RoleBadge role={w.role} />}
            >
              <Text size="sm" truncate maw={150}>
                {w.name}
              </Text>
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconPlus size={16} />} onClick={createModal.open}>
            {t('workspace.create')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <CreateWorkspaceModal opened={createOpened} onClose={createModal.close} />
    </>
  );
}
