import { Badge, Group, Kbd, NavLink, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { Link, useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { modKey } from '../../ui/mod-key';
import { areas } from '../navigation';

/** Left navigation with every area of the product. */
export function NavBar({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const pathname = useLocation({ select: (l) => l.pathname });
  return (
    <Stack h="100%" gap="xs">
      <UnstyledButton
        onClick={spotlight.open}
        px="sm"
        py={6}
        style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}
        hiddenFrom="md"
      >
        <Group gap="xs" c="dimmed">
          <IconSearch size={15} />
          <Text size="sm">{t('palette.open')}</Text>
        </Group>
      </UnstyledButton>
      <ScrollArea style={{ flex: 1 }}>
        {areas.map(({ id, path, icon: Icon, ready }) => (
          <NavLink
            key={id}
            component={Link}
            to={path}
            label={t(`nav.${id}`)}
            leftSection={<Icon size={19} stroke={1.6} />}
            rightSection={
              ready ? null : (
                <Badge size="xs" variant="light" color="gray" radius="sm">
                  {t('comingSoon.short')}
                </Badge>
              )
            }
            active={pathname === path || pathname.startsWith(`${path}/`)}
            onClick={onNavigate}
            style={{ borderRadius: 8 }}
            mb={2}
            fw={500}
          />
        ))}
      </ScrollArea>
      <Text size="xs" c="dimmed" px="sm" pb="xs">
        <Kbd size="xs">{modKey}</Kbd> + <Kbd size="xs">K</Kbd> {t('palette.hint')}
      </Text>
    </Stack>
  );
}
