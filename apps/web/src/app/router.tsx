import type { ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, Outlet, redirect } from '@tanstack/react-router';
import { ContactDetailPage, ContactsPage } from '../features/contacts';
import { LoginPage, meQuery, SetupPage, setupStatusQuery } from '../features/auth';
import { InvitePage } from '../features/invitations';
import {
  ApiKeysSection,
  AuditSection,
  InvitationsSection,
  MembersSection,
  WorkspaceSection,
  ProfileSection,
  SettingsLayout,
} from '../features/settings';
import { isUnauthorized } from '../lib/api';
import { FullPageLoader } from '../ui/FullPageLoader';
import { NotFound } from '../ui/NotFound';
import { RouteError } from '../ui/RouteError';
import { ComingSoonPage } from './ComingSoonPage';
import type { ComingSoonArea } from './navigation';
import { AppLayout } from './shell/AppLayout';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: Outlet });

// Public pages. Login and setup each send the user to the other while setup is (not) needed.
const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/setup',
  beforeLoad: async ({ context }) => {
    const status = await context.queryClient.ensureQueryData(setupStatusQuery);
    if (!status.needsSetup) throw redirect({ to: '/login' });
  },
  component: SetupPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } =>
    typeof search.redirect === 'string' ? { redirect: search.redirect } : {},
  beforeLoad: async ({ context }) => {
    const status = await context.queryClient.ensureQueryData(setupStatusQuery);
    if (status.needsSetup) throw redirect({ to: '/setup' });
  },
  component: LoginPage,
});

const inviteRoute = createRoute({ getParentRoute: () => rootRoute, path: '/invite/$id', component: InvitePage });

// Everything else needs a session: the boot check runs before any of these pages render.
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  beforeLoad: async ({ context: { queryClient }, location }) => {
    const status = await queryClient.ensureQueryData(setupStatusQuery);
    if (status.needsSetup) throw redirect({ to: '/setup' });
    try {
      await queryClient.ensureQueryData(meQuery);
    } catch (error) {
      if (isUnauthorized(error)) throw redirect({ to: '/login', search: { redirect: location.href } });
      throw error;
    }
  },
  component: AppLayout,
});

const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/contacts' });
  },
});

const contactsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/contacts',
  validateSearch: (search: Record<string, unknown>): { q?: string; tag?: string; new?: boolean } => ({
    q: typeof search.q === 'string' && search.q ? search.q : undefined,
    tag: typeof search.tag === 'string' && search.tag ? search.tag : undefined,
    new: search.new === true || search.new === 'true' ? true : undefined,
  }),
  component: ContactsPage,
});

const contactRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/contacts/$contactId',
  component: ContactDetailPage,
});

const comingSoon = <const TPath extends string>(path: TPath, area: ComingSoonArea) =>
  createRoute({ getParentRoute: () => appRoute, path, component: () => <ComingSoonPage area={area} /> });

const settingsRoute = createRoute({ getParentRoute: () => appRoute, path: '/settings', component: SettingsLayout });
const settingsChild = <const TPath extends string>(path: TPath, component: () => ReactNode) =>
  createRoute({ getParentRoute: () => settingsRoute, path, component });

const settingsIndexRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/settings/workspace' });
  },
});

const routeTree = rootRoute.addChildren([
  setupRoute,
  loginRoute,
  inviteRoute,
  appRoute.addChildren([
    indexRoute,
    contactsRoute,
    contactRoute,
    comingSoon('/companies', 'companies'),
    comingSoon('/segments', 'segments'),
    comingSoon('/journeys', 'journeys'),
    comingSoon('/campaigns', 'campaigns'),
    comingSoon('/deals', 'deals'),
    comingSoon('/tickets', 'tickets'),
    comingSoon('/analytics', 'analytics'),
    settingsRoute.addChildren([
      settingsIndexRoute,
      settingsChild('/workspace', WorkspaceSection),
      settingsChild('/members', MembersSection),
      settingsChild('/invitations', InvitationsSection),
      settingsChild('/api-keys', ApiKeysSection),
      settingsChild('/audit', AuditSection),
      settingsChild('/profile', ProfileSection),
    ]),
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // Query data is cached by TanStack Query; the router should not hold its own copy.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: FullPageLoader,
    defaultNotFoundComponent: NotFound,
    defaultErrorComponent: RouteError,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
