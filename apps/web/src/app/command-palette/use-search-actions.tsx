import { useDebouncedValue } from '@mantine/hooks';
import type { SpotlightActionGroupData } from '@mantine/spotlight';
import { IconBuilding } from '@tabler/icons-react';
import { useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useGlobalSearch } from '../../features/views';
import { NameAvatar } from '../../ui/NameAvatar';

/** Live results of GET /api/v1/search for the palette's query: contacts and companies, as action groups. */
export function useSearchActions(query: string) {
  const { t } = useTranslation('views');
  const router = useRouter();
  const [debounced] = useDebouncedValue(query.trim(), 150);
  const search = useGlobalSearch(debounced, { limit: 8 });
  // Results for an older query stay on screen while the new one loads, but never for an emptied box.
  const data = debounced && query.trim() ? search.data : undefined;
  const groups = { contacts: t('search.contacts'), companies: t('search.companies') };

  const contacts: SpotlightActionGroupData = {
    group: groups.contacts,
    actions: (data?.contacts ?? []).map((c) => ({
      id: `contact-${c.id}`,
      label: c.name,
      description: [c.email, c.phone, c.companyName].filter(Boolean).join(' · '),
      leftSection: <NameAvatar name={c.name} radius="xl" size={28} />,
      onClick: () => void router.navigate({ to: '/contacts/$contactId', params: { contactId: c.id } }),
    })),
  };
  const companies: SpotlightActionGroupData = {
    group: groups.companies,
    actions: (data?.companies ?? []).map((c) => ({
      id: `company-${c.id}`,
      label: c.name,
      description: c.domain ?? undefined,
      leftSection: <IconBuilding size={20} stroke={1.6} />,
      onClick: () => void router.navigate({ to: '/companies/$companyId', params: { companyId: c.id } }),
    })),
  };

  return {
    groups: [contacts, companies].filter((g) => g.actions.length > 0),
    serverGroups: [groups.contacts, groups.companies],
    searching: search.isFetching || debounced !== query.trim(),
  };
}
