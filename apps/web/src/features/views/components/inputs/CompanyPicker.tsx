import { Loader, MultiSelect, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../lib/api';
import { useGlobalSearch } from '../../api/search';

interface Named {
  id: string;
  name: string;
}

/** GET /api/v1/companies/:id, for the name of a company an id points at. */
const useCompanyName = (id: string | null) =>
  useQuery({
    queryKey: ['companies', 'detail', id],
    queryFn: ({ signal }) => api<Named>(`/api/v1/companies/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
    staleTime: 60_000,
  });

function useCompanyOptions(search: string, known: Named[]) {
  const [debounced] = useDebouncedValue(search, 150);
  const found = useGlobalSearch(debounced, { limit: 10 });
  const byId = new Map<string, string>();
  for (const c of known) byId.set(c.id, c.name);
  for (const c of found.data?.companies ?? []) byId.set(c.id, c.name);
  return { data: [...byId].map(([value, label]) => ({ value, label })), loading: found.isFetching };
}

interface SingleProps {
  value: string | null;
  /** The current company, when the record already says its name. */
  current?: Named | null;
  onChange: (id: string | null, company: Named | null) => void;
  label?: string;
  error?: string;
  autoFocus?: boolean;
  size?: 'xs' | 'sm';
  onBlur?: () => void;
}

/** Picks a company by typing part of its name or domain. */
export function CompanyPicker({ value, current, onChange, label, error, autoFocus, size = 'sm', onBlur }: SingleProps) {
  const { t } = useTranslation('views');
  const [search, setSearch] = useState('');
  const fetched = useCompanyName(current ? null : value);
  const known = current ?? (fetched.data ? { id: fetched.data.id, name: fetched.data.name } : null);
  const { data, loading } = useCompanyOptions(search, known ? [known] : []);
  return (
    <Select
      size={size}
      label={label}
      aria-label={label ?? t('fieldLabels.companyId')}
      placeholder={t('inputs.searchCompanies')}
      data={data}
      value={value}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={search.trim() ? t('inputs.noCompanies') : t('inputs.typeToSearch')}
      rightSection={loading ? <Loader size={14} /> : undefined}
      onChange={(id, option) => onChange(id, id && option ? { id, name: option.label } : null)}
      error={error}
      autoFocus={autoFocus}
      defaultDropdownOpened={autoFocus}
      onBlur={onBlur}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** Picks several companies (filters such as "company is any of"). */
export function CompanyMultiPicker({ value, onChange, label, error }: { value: string[]; onChange: (ids: string[]) => void; label?: string; error?: string }) {
  const { t } = useTranslation('views');
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<Named[]>([]);
  const { data } = useCompanyOptions(search, picked);
  // Ids chosen before this input existed (from a saved view) have no name here yet; show them anyway.
  const options = [...data, ...value.filter((id) => !data.some((d) => d.value === id)).map((id) => ({ value: id, label: id }))];
  return (
    <MultiSelect
      size="xs"
      aria-label={label ?? t('fieldLabels.companyId')}
      placeholder={value.length ? undefined : t('inputs.searchCompanies')}
      data={options}
      value={value}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: o }) => o}
      onChange={(ids) => {
        setPicked((prev) => [...prev, ...data.filter((d) => ids.includes(d.value)).map((d) => ({ id: d.value, name: d.label }))]);
        onChange(ids);
      }}
      error={error}
    />
  );
}
