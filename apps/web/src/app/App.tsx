import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import './cjk-fonts.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { meQuery } from '../features/auth';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';
import { theme } from './theme';

const PUBLIC_PATHS = ['/login', '/setup', '/invite/'];

// A 401 outside the public pages means the session ended: go to login, then forget the old session.
const queryClient = createQueryClient(() => {
  const { pathname, href } = router.state.location;
  if (PUBLIC_PATHS.some((p) => pathname.startsWith(p))) return;
  void router.navigate({ to: '/login', search: { redirect: href } }).then(() => {
    queryClient.removeQueries({ queryKey: meQuery.queryKey });
  });
});
const router = createAppRouter(queryClient);

/** Providers and the router. Colour scheme defaults to the OS and follows the toggle once used. */
export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
