import { AppShell, Container } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet, useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../features/auth';
import { NoWorkspace } from '../../features/workspaces';
import { CommandPalette } from '../command-palette/CommandPalette';
import { AppHeader } from './AppHeader';
import { NavBar } from './NavBar';

/** The signed-in frame: header, left navigation, the page, and the ⌘K palette. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const [navOpened, nav] = useDisclosure(false);
  const pathname = useLocation({ select: (l) => l.pathname });
  // Settings and profile still work without a workspace, so people can create one or change their password.
  const needsWorkspace = !me.workspace && !pathname.startsWith('/settings');

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="lg"
    >
      <AppShell.Header>
        <AppHeader navOpened={navOpened} onToggleNav={nav.toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
        <NavBar onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main bg="var(--mantine-color-body)">
        <Container size="xl" px={0}>
          {needsWorkspace ? <NoWorkspace /> : <Outlet />}
        </Container>
      </AppShell.Main>
      <CommandPalette />
    </AppShell>
  );
}
