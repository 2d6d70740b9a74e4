import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompanySearch } from '../api/company-search';

interface CompanyRef {
  id: string;
  name: string;
}

interface CompanySelectProps {
  label: string;
  value?: string | null;
  onChange?: (id: string | null) => void;
  error?: string;
  /** The company the record is linked to now, so its name shows before any search. */
  current: CompanyRef | null;
}

/** Searchable company picker: the server searches as the user types (GET /companies?q=). */
export function CompanySelect({ label, value, onChange, error, current }: CompanySelectProps) {
  const { t } = useTranslation('companies');
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<CompanyRef | null>(current);
  const [debounced] = useDebouncedValue(search.trim(), 250);
  // While the box shows the picked company's name, list everything rather than that one name.
  const q = picked && debounced === picked.name ? '' : debounced;
  const results = useCompanySearch(q);

  const options = [...(picked ? [picked] : []), ...(results.data ?? []).filter((c) => c.id !== picked?.id)].map((c) => ({
    value: c.id,
    label: c.name,
  }));

  return (
    <Select
      label={label}
      placeholder={t('select.placeholder')}
      data={options}
      value={value ?? null}
      error={error}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has filtered already; a second, client-side filter would hide fuzzy matches.
      filter={({ options: all }) => all}
      nothingFoundMessage={results.isFetching ? t('select.searching') : t('select.nothingFound')}
      rightSection={results.isFetching ? <Loader size={14} /> : undefined}
      onChange={(id, option) => {
        setPicked(id && option ? { id, name: option.label } : null);
        onChange?.(id);
      }}
    />
  );
}
