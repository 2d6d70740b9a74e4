import { Box, Burger, Group, Kbd, Text, UnstyledButton } from '@mantine/core';
import { spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { WorkspaceSwitcher } from '../../features/workspaces';
import { BrandMark } from '../../ui/BrandMark';
import { LanguagePicker } from '../../ui/LanguagePicker';
import { modKey } from '../../ui/mod-key';
import { ThemeToggle } from '../../ui/ThemeToggle';
import { UserMenu } from './UserMenu';

export function AppHeader({ navOpened, onToggleNav }: { navOpened: boolean; onToggleNav: () => void }) {
  const { t } = useTranslation();
  return (
    <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger opened={navOpened} onClick={onToggleNav} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
        <Box visibleFrom="sm">
          <BrandMark />
        </Box>
        <Text c="dimmed" visibleFrom="sm">
          /
        </Text>
        <WorkspaceSwitcher />
      </Group>
      <Group gap={8} wrap="nowrap">
        <UnstyledButton
          onClick={spotlight.open}
          visibleFrom="md"
          px="sm"
          h={34}
          w={240}
          style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}
        >
          <Group justify="space-between" wrap="nowrap">
            <Group gap="xs" c="dimmed" wrap="nowrap">
              <IconSearch size={15} />
              <Text size="sm">{t('palette.open')}</Text>
            </Group>
            <Kbd size="xs">{modKey} K</Kbd>
          </Group>
        </UnstyledButton>
        <LanguagePicker width={{ base: 132, sm: 140 }} />
        <ThemeToggle />
        <UserMenu />
      </Group>
    </Group>
  );
}
