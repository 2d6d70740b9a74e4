import {
  IconActivity,
  IconAddressBook,
  IconBuildingSkyscraper,
  IconChartBar,
  IconChartPie,
  IconLifebuoy,
  IconMessages,
  IconPackage,
  IconRoute,
  IconSettings,
  IconSpeakerphone,
  IconTargetArrow,
  type Icon,
} from '@tabler/icons-react';

/** The main areas, in navigation order. `ready: false` ones show the shared "coming soon" page. */
export const areas = [
  { id: 'contacts', path: '/contacts', icon: IconAddressBook, ready: true },
  { id: 'companies', path: '/companies', icon: IconBuildingSkyscraper, ready: true },
  { id: 'events', path: '/events', icon: IconActivity, ready: true },
  { id: 'products', path: '/products', icon: IconPackage, ready: true },
  { id: 'segments', path: '/segments', icon: IconChartPie, ready: true },
  { id: 'messages', path: '/messages', icon: IconMessages, ready: true },
  { id: 'journeys', path: '/journeys', icon: IconRoute, ready: true },
  { id: 'campaigns', path: '/campaigns', icon: IconSpeakerphone, ready: true },
  { id: 'deals', path: '/deals', icon: IconTargetArrow, ready: false },
  { id: 'tickets', path: '/tickets', icon: IconLifebuoy, ready: false },
  { id: 'analytics', path: '/analytics', icon: IconChartBar, ready: false },
  { id: 'settings', path: '/settings', icon: IconSettings, ready: true },
] as const satisfies readonly { id: string; path: string; icon: Icon; ready: boolean }[];

export type AreaId = (typeof areas)[number]['id'];
export type ComingSoonArea = Extract<(typeof areas)[number], { ready: false }>['id'];
