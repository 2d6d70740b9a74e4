import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWorkspaceSettings } from '../../settings/api/workspace-settings';
import type { BindInput } from './bind';

/** Country names in the reader's language for the regions the server knows, sorted by name. */
export function useCountryOptions() {
  const { i18n } = useTranslation();
  const settings = useWorkspaceSettings();
  const names = new Intl.DisplayNames([i18n.language], { type: 'region' });
  return (settings.data?.availableRegions ?? [])
    .map((code) => ({ value: code, label: `${names.of(code) ?? code} (${code})` }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
}

/** Country, city, district, postcode and street of a record's `address`. */
export function AddressFields({ bind }: { bind: BindInput }) {
  const { t } = useTranslation('fields');
  const countries = useCountryOptions();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select
        label={t('address.country')}
        placeholder={t('input.choose')}
        data={countries}
        searchable
        clearable
        {...bind('address.country')}
      />
      <TextInput label={t('address.city')} autoComplete="off" {...bind('address.city')} />
      <TextInput label={t('address.district')} autoComplete="off" {...bind('address.district')} />
      <TextInput label={t('address.postcode')} autoComplete="off" {...bind('address.postcode')} />
      <TextInput label={t('address.line')} autoComplete="off" style={{ gridColumn: '1 / -1' }} {...bind('address.line')} />
    </SimpleGrid>
  );
}
