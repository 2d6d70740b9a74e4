import { Spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { filterActions } from './filter-actions';
import { useSearchActions } from './use-search-actions';
import { useStaticActions } from './use-static-actions';

/**
 * Spotlight selects the first action when the query changes, before the server's results arrive
 * and take the top of the list. Enter with nothing selected then opens the first result.
 */
function enterPicksFirst(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  const dialog = event.currentTarget.closest('.mantine-Spotlight-content');
  if (dialog && !dialog.querySelector('[data-action][data-selected]')) dialog.querySelector<HTMLElement>('[data-action]')?.click();
}

/** ⌘K / Ctrl+K: jump anywhere, run common actions, and find contacts and companies as you type. */
export function CommandPalette() {
  const { t } = useTranslation(['common', 'views']);
  const [query, setQuery] = useState('');
  const staticActions = useStaticActions();
  const results = useSearchActions(query);

  return (
    <Spotlight
      actions={[...results.groups, ...staticActions]}
      filter={filterActions(results.serverGroups)}
      query={query}
      onQueryChange={setQuery}
      nothingFound={results.searching ? t('views:search.searching') : t('palette.nothingFound')}
      highlightQuery
      scrollable
      maxHeight={480}
      shortcut={['mod + K']}
      searchProps={{
        onKeyDown: enterPicksFirst,
        leftSection: <IconSearch size={18} stroke={1.5} />,
        placeholder: t('views:search.placeholder'),
        'aria-label': t('views:search.placeholder'),
      }}
    />
  );
}
