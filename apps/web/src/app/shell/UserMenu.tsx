import { Menu, UnstyledButton } from '@mantine/core';
import { IconLock, IconLogout, IconSettings } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useLogout, useMe } from '../../features/auth';
import { NameAvatar } from '../../ui/NameAvatar';

export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logout = useLogout();
  const logOut = () =>
    logout.mutate(undefined, {
      onSettled: async () => {
        await navigate({ to: '/login' });
        queryClient.clear();
      },
    });

  return (
    <Menu position="bottom-end" width={240} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('user.menu')}>
          <NameAvatar name={me.user.name} radius="xl" size={34} />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {me.user.name}
          <br />
          {me.user.email}
        </Menu.Label>
        <Menu.Item leftSection={<IconLock size={16} />} onClick={() => void navigate({ to: '/settings/profile' })}>
          {t('user.changePassword')}
        </Menu.Item>
        <Menu.Item leftSection={<IconSettings size={16} />} onClick={() => void navigate({ to: '/settings' })}>
          {t('nav.settings')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconLogout size={16} />} onClick={logOut}>
          {t('user.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
