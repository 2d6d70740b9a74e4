import { Loader, Select } from '@mantine/core';
import type { Contact } from '@rapport/contracts';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { flattenPages } from '../../../lib/pagination';
import { useContacts } from '../../contacts';
import type { PreviewContact } from './preview-contact';

const label = (c: Contact) => (c.email && c.name !== c.email ? `${c.name} · ${c.email}` : c.name);

interface Props {
  value: PreviewContact | null;
  onChange: (contact: PreviewContact | null) => void;
}

/**
 * Whom the preview renders for: the server searches contacts as the user types. With nothing
 * chosen yet the newest contact is taken, so a preview shows at once.
 */
export function ContactPicker({ value, onChange }: Props) {
  const { t } = useTranslation('messaging');
  const [search, setSearch] = useState(value?.label ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  // While the box shows the picked contact's label, list everyone rather than that one label.
  const q = value && debounced === value.label ? '' : debounced;
  const results = useContacts({ q }, { limit: 20 });
  const found = flattenPages(results.data);
  const first = found[0];

  useEffect(() => {
    if (value === null && !q && first) onChange({ id: first.id, label: label(first) });
  }, [value, q, first, onChange]);

  const options = [...(value ? [{ value: value.id, label: value.label }] : []), ...found.filter((c) => c.id !== value?.id).map((c) => ({ value: c.id, label: label(c) }))];

  return (
    <Select
      label={t('preview.contact')}
      placeholder={t('preview.contactPlaceholder')}
      data={options}
      value={value?.id ?? null}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has filtered already; a second, client-side filter would hide its matches.
      filter={({ options: all }) => all}
      nothingFoundMessage={results.isFetching ? t('preview.searching') : t('preview.noContacts')}
      rightSection={results.isFetching ? <Loader size={14} /> : undefined}
      allowDeselect={false}
      onChange={(id, option) => onChange(id && option ? { id, label: option.label } : null)}
      data-testid="preview-contact"
    />
  );
}
