import type { ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, Outlet, redirect } from '@tanstack/react-router';
import { CampaignPage, CampaignsPage, NewCampaignPage, validateCampaignsSearch } from '../features/campaigns';
import { ProductsPage, validateProductsSearch } from '../features/commerce';
import { CompaniesPage, CompanyDetailPage } from '../features/companies';
import { CouponPoolPage, CouponPoolsPage } from '../features/coupons';
import { ContactDetailPage, ContactsPage } from '../features/contacts';
import { FieldsSection } from '../features/custom-fields';
import { EventsPage, validateEventsSearch } from '../features/events';
import { ImportPage, ImportsPage, ImportWizardPage, validateWizardSearch } from '../features/imports';
import { JourneyPage, JourneysPage, NewJourneyPage, validateJourneysSearch } from '../features/journeys';
import { DuplicatesPage } from '../features/merge';
import {
  MessagesLayout,
  MessagingSettingsPage,
  NewTemplatePage,
  OutboxMessagePage,
  OutboxPage,
  TemplatePage,
  TemplatesPage,
  validateNewTemplateSearch,
  validateTemplatesSearch,
} from '../features/messaging';
import { ModelSettingsPage, NasldPage, RfmPage } from '../features/models';
import { NewSegmentPage, SegmentDetailPage, SegmentsPage, validateSegmentSearch } from '../features/segments';
import { LoginPage, meQuery, SetupPage, setupStatusQuery } from '../features/auth';
import { InvitePage } from '../features/invitations';
import {
  ApiKeysSection,
  AuditSection,
  IdentitySection,
  InvitationsSection,
  MembersSection,
  WorkspaceSection,
  ProfileSection,
  SettingsLayout,
  SourcesSection,
} from '../features/settings';
import { isUnauthorized } from '../lib/api';
import { FullPageLoader } from '../ui/FullPageLoader';
import { NotFound } from '../ui/NotFound';
import { RouteError } from '../ui/RouteError';
import { ComingSoonPage } from './ComingSoonPage';
import type { ComingSoonArea } from './navigation';
import { AppLayout } from './shell/AppLayout';

interface ContactsSearch {
  q?: string | undefined;
  tag?: string | undefined;
  new?: boolean | undefined;
  view?: unknown;
  filter?: unknown;
  sort?: unknown;
  cols?: unknown;
  layout?: unknown;
}

interface CompaniesSearch {
  q?: string | undefined;
  new?: boolean | undefined;
  view?: unknown;
  filter?: unknown;
  sort?: unknown;
  cols?: unknown;
  layout?: unknown;
}

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
  // The list's own state (saved view, filter, sort, columns, layout) lives here too, so a link reproduces it.
  validateSearch: (search: Record<string, unknown>): ContactsSearch => {
    const text = (k: string) => (typeof search[k] === 'string' && search[k] ? (search[k] as string) : undefined);
    return {
      q: text('q'),
      tag: text('tag'),
      new: search.new === true || search.new === 'true' ? true : undefined,
      // Decoded and checked by the list itself (features/views, decodeListSearch).
      view: search.view,
      filter: search.filter,
      sort: search.sort,
      cols: search.cols,
      layout: search.layout,
    };
  },
  component: ContactsPage,
});

const contactRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/contacts/$contactId',
  component: ContactDetailPage,
});

// A static segment outranks $contactId, so /contacts/duplicates is never read as a contact id.
const contactDuplicatesRoute = createRoute({ getParentRoute: () => appRoute, path: '/contacts/duplicates', component: DuplicatesPage });

const importsRoute = createRoute({ getParentRoute: () => appRoute, path: '/imports', component: ImportsPage });
const importWizardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/imports/new',
  validateSearch: validateWizardSearch,
  component: ImportWizardPage,
});
const importRoute = createRoute({ getParentRoute: () => appRoute, path: '/imports/$importId', component: ImportPage });

const companiesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/companies',
  // The list's own state (saved view, filter, sort, columns, layout) lives here too, so a link reproduces it.
  validateSearch: (search: Record<string, unknown>): CompaniesSearch => ({
    q: typeof search.q === 'string' && search.q ? search.q : undefined,
    new: search.new === true || search.new === 'true' ? true : undefined,
    // Decoded and checked by the list itself (features/views, decodeListSearch).
    view: search.view,
    filter: search.filter,
    sort: search.sort,
    cols: search.cols,
    layout: search.layout,
  }),
  component: CompaniesPage,
});

const companyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/companies/$companyId',
  component: CompanyDetailPage,
});

const eventsRoute = createRoute({ getParentRoute: () => appRoute, path: '/events', validateSearch: validateEventsSearch, component: EventsPage });
const productsRoute = createRoute({ getParentRoute: () => appRoute, path: '/products', validateSearch: validateProductsSearch, component: ProductsPage });

const segmentsRoute = createRoute({ getParentRoute: () => appRoute, path: '/segments', component: SegmentsPage });
// Fixed paths outrank $segmentId, so /segments/new, /rfm and /nasld are never read as ids.
const newSegmentRoute = createRoute({ getParentRoute: () => appRoute, path: '/segments/new', component: NewSegmentPage });
const rfmRoute = createRoute({ getParentRoute: () => appRoute, path: '/segments/rfm', component: RfmPage });
const nasldRoute = createRoute({ getParentRoute: () => appRoute, path: '/segments/nasld', component: NasldPage });
const segmentRoute = createRoute({ getParentRoute: () => appRoute, path: '/segments/$segmentId', validateSearch: validateSegmentSearch, component: SegmentDetailPage });

// Templates and the outbox share one header with a tab each; /messages opens the templates.
const messagesRoute = createRoute({ getParentRoute: () => appRoute, path: '/messages', component: MessagesLayout });
const messagesIndexRoute = createRoute({
  getParentRoute: () => messagesRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/messages/templates' });
  },
});
const templatesRoute = createRoute({ getParentRoute: () => messagesRoute, path: '/templates', validateSearch: validateTemplatesSearch, component: TemplatesPage });
// A fixed path outranks $templateId, so /templates/new is never read as an id.
const newTemplateRoute = createRoute({ getParentRoute: () => messagesRoute, path: '/templates/new', validateSearch: validateNewTemplateSearch, component: NewTemplatePage });
const templateRoute = createRoute({ getParentRoute: () => messagesRoute, path: '/templates/$templateId', component: TemplatePage });
const outboxRoute = createRoute({ getParentRoute: () => messagesRoute, path: '/outbox', component: OutboxPage });
const outboxMessageRoute = createRoute({ getParentRoute: () => messagesRoute, path: '/outbox/$messageId', component: OutboxMessagePage });
const couponPoolsRoute = createRoute({ getParentRoute: () => messagesRoute, path: '/coupons', component: CouponPoolsPage });
const couponPoolRoute = createRoute({ getParentRoute: () => messagesRoute, path: '/coupons/$poolId', component: CouponPoolPage });
const messagingSettingsRoute = createRoute({ getParentRoute: () => messagesRoute, path: '/settings', component: MessagingSettingsPage });

const campaignsRoute = createRoute({ getParentRoute: () => appRoute, path: '/campaigns', validateSearch: validateCampaignsSearch, component: CampaignsPage });
// A fixed path outranks $campaignId, so /campaigns/new is never read as an id.
const newCampaignRoute = createRoute({ getParentRoute: () => appRoute, path: '/campaigns/new', component: NewCampaignPage });
const campaignRoute = createRoute({ getParentRoute: () => appRoute, path: '/campaigns/$campaignId', component: CampaignPage });

const journeysRoute = createRoute({ getParentRoute: () => appRoute, path: '/journeys', validateSearch: validateJourneysSearch, component: JourneysPage });
// A fixed path outranks $journeyId, so /journeys/new is never read as an id.
const newJourneyRoute = createRoute({ getParentRoute: () => appRoute, path: '/journeys/new', component: NewJourneyPage });
const journeyRoute = createRoute({ getParentRoute: () => appRoute, path: '/journeys/$journeyId', component: JourneyPage });

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
    contactDuplicatesRoute,
    contactRoute,
    importsRoute,
    importWizardRoute,
    importRoute,
    companiesRoute,
    companyRoute,
    eventsRoute,
    productsRoute,
    segmentsRoute,
    newSegmentRoute,
    rfmRoute,
    nasldRoute,
    segmentRoute,
    messagesRoute.addChildren([messagesIndexRoute, templatesRoute, newTemplateRoute, templateRoute, outboxRoute, outboxMessageRoute, couponPoolsRoute, couponPoolRoute, messagingSettingsRoute]),
    journeysRoute,
    newJourneyRoute,
    journeyRoute,
    campaignsRoute,
    newCampaignRoute,
    campaignRoute,
    comingSoon('/deals', 'deals'),
    comingSoon('/tickets', 'tickets'),
    comingSoon('/analytics', 'analytics'),
    settingsRoute.addChildren([
      settingsIndexRoute,
      settingsChild('/workspace', WorkspaceSection),
      settingsChild('/fields', FieldsSection),
      settingsChild('/members', MembersSection),
      settingsChild('/invitations', InvitationsSection),
      settingsChild('/sources', SourcesSection),
      settingsChild('/identity', IdentitySection),
      settingsChild('/models', ModelSettingsPage),
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
