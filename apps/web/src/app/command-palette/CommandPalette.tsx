import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight, type SpotlightActionGroupData } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContacts } from '../../features/contacts';
import { flattenPages } from '../../lib/pagination';
import { filterActions } from './filter-actions';
import { useStaticActions } from './use-static-actions';
import { NameAvatar } from '../../ui/NameAvatar';

/** ⌘K / Ctrl+K: jump anywhere, run common actions, and find contacts as you type. */
export function CommandPalette() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const search = useContacts({ q: debounced }, { limit: 8, enabled: debounced.length > 0 });
  const contacts = debounced ? flattenPages(search.data) : [];
  const staticActions = useStaticActions();
  const contactsGroup = t('palette.contacts');

  const contactActions: SpotlightActionGroupData = {
    group: contactsGroup,
    actions: contacts.map((c) => ({
      id: `contact-${c.id}`,
      label: c.name,
      description: [c.email, c.phone].filter(Boolean).join(' · '),
      leftSection: <NameAvatar name={c.name} radius="xl" size={28} />,
      onClick: () => void navigate({ to: '/contacts/$contactId', params: { contactId: c.id } }),
    })),
  };

  return (
    <Spotlight
      actions={contactActions.actions.length ? [...staticActions, contactActions] : staticActions}
      filter={filterActions(contactsGroup)}
      query={query}
      onQueryChange={setQuery}
      nothingFound={search.isFetching ? t('palette.searching') : t('palette.nothingFound')}
      highlightQuery
      scrollable
      maxHeight={440}
      shortcut={['mod + K']}
      searchProps={{ leftSection: <IconSearch size={18} stroke={1.5} />, placeholder: t('palette.placeholder'), 'aria-label': t('palette.placeholder') }}
    />
  );
}
